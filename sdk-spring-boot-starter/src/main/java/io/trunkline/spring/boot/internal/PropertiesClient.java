package io.trunkline.spring.boot.internal;

/**
 * A vendor client the starter builds from {@code trunkline.*} properties (a bean of this type exists
 * for each), so that a start-up failure names the missing credentials of every such vendor at once,
 * not one vendor per restart.
 */
public enum PropertiesClient {
    /** The starter builds the Synthflow client from {@code trunkline.synthflow.*}. */
    SYNTHFLOW,
    /** The starter builds the Aircall client from {@code trunkline.aircall.*}. */
    AIRCALL
}
