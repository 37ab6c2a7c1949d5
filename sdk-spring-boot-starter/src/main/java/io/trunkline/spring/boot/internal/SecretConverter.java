package io.trunkline.spring.boot.internal;

import io.trunkline.core.model.Secret;
import org.springframework.core.convert.converter.Converter;

/**
 * Binds {@code trunkline.*} credentials as {@link Secret}s. A blank value binds as absent, so the
 * start-up check reports the property by name with its fix; the converter never fails, because
 * Spring's conversion errors quote the value they could not convert.
 */
public final class SecretConverter implements Converter<String, Secret> {

    @Override
    public Secret convert(String source) {
        return source.isBlank() ? null : Secret.of(source);
    }
}
