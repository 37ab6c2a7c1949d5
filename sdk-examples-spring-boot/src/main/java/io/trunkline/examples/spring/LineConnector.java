package io.trunkline.examples.spring;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.core.lifecycle.VerifyOptions;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.spring.boot.ObservedIntegrationEngine;
import org.springframework.stereotype.Service;

/**
 * Connects the configured line: the AI answers every call, and the team takes it when the AI does
 * not answer within the default 30 s. Goes through {@link ObservedIntegrationEngine}, so each phase
 * shows in the application's metrics ({@code trunkline.lifecycle}) and traces.
 */
@Service
public class LineConnector {

    private final ObservedIntegrationEngine trunkline;
    private final OnboardingProperties line;

    LineConnector(ObservedIntegrationEngine trunkline, OnboardingProperties line) {
        this.trunkline = trunkline;
        this.line = line;
    }

    /** @return what connecting the line would change; reads only */
    public ChangePlan plan() {
        return trunkline.plan(integration());
    }

    /** @return what was done; the Aircall dashboard steps stay pending until someone confirms them */
    public ApplyResult connect() {
        return trunkline.apply(plan(), ApplyListener.NONE);
    }

    /** @return every check of the connected line */
    public VerificationReport verify() {
        return trunkline.verify(integration(), VerifyOptions.defaults());
    }

    private IntegrationPlan integration() {
        return IntegrationPlan.builder()
                .did(line.did())
                .destination(SipDestination.builder().auth(SipAuth.ipAllowlist("34.138.86.8")).build())
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                .fallback(SmartflowStep.ringTeam(line.teamId())).build())
                        .build())
                .sipNumber(SipNumber.builder().terminationUri(line.terminationUri()).build())
                .assistant(AssistantRef.of(line.assistantId(), "2.0"))
                .build();
    }
}
