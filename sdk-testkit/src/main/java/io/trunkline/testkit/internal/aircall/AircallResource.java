package io.trunkline.testkit.internal.aircall;

import io.trunkline.testkit.internal.ResourceEndpoints;

/** What the endpoints of every Aircall resource share: the company's state and the answer shapes. */
abstract class AircallResource implements ResourceEndpoints {

    final AircallStore store;
    final AircallResponses responses;

    AircallResource(AircallStore store, AircallResponses responses) {
        this.store = store;
        this.responses = responses;
    }
}
