package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * MongoDB ObjectIds as Core makes them (rule 3): 24 lowercase hex characters of a 4-byte seconds
 * timestamp, 5 random bytes per process and a 3-byte counter.
 */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] PROCESS = new byte[5];
    private static final AtomicInteger COUNTER;

    static {
        RANDOM.nextBytes(PROCESS);
        COUNTER = new AtomicInteger(RANDOM.nextInt(0x1000000));
    }

    private Ids() {}

    /** A fresh ObjectId. */
    static String next() {
        byte[] id = new byte[12];
        int seconds = (int) (System.currentTimeMillis() / 1000);
        id[0] = (byte) (seconds >>> 24);
        id[1] = (byte) (seconds >>> 16);
        id[2] = (byte) (seconds >>> 8);
        id[3] = (byte) seconds;
        System.arraycopy(PROCESS, 0, id, 4, 5);
        int counter = COUNTER.getAndIncrement() & 0xFFFFFF;
        id[9] = (byte) (counter >>> 16);
        id[10] = (byte) (counter >>> 8);
        id[11] = (byte) counter;
        return HexFormat.of().formatHex(id);
    }

    /** Whether {@code value} parses as an ObjectId: 24 hex digits, either case (komodo-api §3.4). */
    static boolean isObjectId(String value) {
        if (value.length() != 24) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.digit(value.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code {"$oid": id}}. */
    static ObjectNode oid(String id) {
        ObjectNode oid = JsonNodeFactory.instance.objectNode();
        oid.put("$oid", id);
        return oid;
    }

    /** The id of a full document ({@code _id.$oid}), or {@code ""}. */
    static String of(JsonNode document) {
        return document.path("_id").path("$oid").asText("");
    }
}
