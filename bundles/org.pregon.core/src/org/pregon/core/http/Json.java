package org.pregon.core.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one Jackson configuration of the HTTP layer; ObjectMapper is thread-safe once configured. */
public final class Json {
    // networks add fields to their replies all the time; several refuse explicit nulls in requests
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private Json() {
    }

    /** Shared by every connector: do not reconfigure it; take {@code mapper().copy()} for other settings. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A new empty JSON object, to build a request body field by field. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
