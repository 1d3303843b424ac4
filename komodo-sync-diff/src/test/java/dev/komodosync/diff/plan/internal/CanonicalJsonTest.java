package dev.komodosync.diff.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785 canonical JSON, against the RFC's own examples where it has them. */
class CanonicalJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"b\": 1, \"a\": 2}                        | {\"a\":2,\"b\":1}",
        "{\"\\u20ac\": 1, \"\\r\": 2, \"1\": 3}        | {\"\\r\":2,\"1\":3,\"€\":1}",
        "[1.0, 100, -0.0, 0.5]                       | [1,100,0,0.5]",
        "[1e21, 1e-7, 0.000001, 123e-20]             | [1e+21,1e-7,0.000001,1.23e-18]",
        "[333333333.33333329, 4.50]                  | [333333333.3333333,4.5]",
        "[\"\\u0000\\u001f\\\"\\\\/\\u00e9\", true, null] | [\"\\u0000\\u001f\\\"\\\\/é\",true,null]",
        "{ \"a\" : [ { \"z\": [], \"y\": {} } ] }   | {\"a\":[{\"y\":{},\"z\":[]}]}",
        "[\"x\\\"y\\\\z\\n\\tw\\b\\f\\r\", \"\\\"\", \"\\u0001a\"] | [\"x\\\"y\\\\z\\n\\tw\\b\\f\\r\",\"\\\"\",\"\\u0001a\"]"})
    void writesCanonicalJson(String input, String expected) throws IOException {
        assertThat(CanonicalJson.write(MAPPER.readTree(input))).isEqualTo(expected);
    }
}
