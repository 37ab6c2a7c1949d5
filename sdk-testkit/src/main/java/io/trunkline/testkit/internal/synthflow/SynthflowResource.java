package io.trunkline.testkit.internal.synthflow;

import io.trunkline.testkit.internal.ResourceEndpoints;

/** What the endpoints of every Synthflow resource share: the workspace's state, request reading and errors. */
abstract class SynthflowResource implements ResourceEndpoints {

    final SynthflowStore store;
    final SynthflowRequests requests;
    final SynthflowErrors errors;

    SynthflowResource(SynthflowStore store, SynthflowRequests requests) {
        this.store = store;
        this.requests = requests;
        this.errors = requests.errors();
    }
}
