package dev.azscsp.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;

import java.nio.charset.StandardCharsets;

/** One fully read HTTP answer from ARM: status, headers, body as text (empty when there was none). */
record ArmResponse(String method, String url, int status, HttpHeaders headers, String body) {

    static final HttpHeaderName REQUEST_ID = HttpHeaderName.fromString("x-ms-request-id");
    static final HttpHeaderName CORRELATION_ID = HttpHeaderName.fromString("x-ms-correlation-request-id");

    static ArmResponse of(String method, String url, int status, HttpHeaders headers, byte[] body) {
        return new ArmResponse(method, url, status, headers == null ? new HttpHeaders() : headers,
                body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }

    boolean isSuccess() { return status >= 200 && status < 300; }
    boolean hasBody() { return !body.isBlank(); }
    String requestId() { return headers.getValue(REQUEST_ID); }
    String correlationId() { return headers.getValue(CORRELATION_ID); }
    String contentType() { return headers.getValue(HttpHeaderName.CONTENT_TYPE); }
}
