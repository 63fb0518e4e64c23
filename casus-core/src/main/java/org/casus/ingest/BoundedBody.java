package org.casus.ingest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body, and gives up on the connection as soon as the body passes the
 * size limit: the bytes past it are never read, whatever Content-Length claimed.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final SizeLimit limit;
    private final String input;
    private final long declaredLength;
    private Flow.Subscription subscription;

    /** @param declaredLength the Content-Length header, or -1 when there is none */
    BoundedBody(SizeLimit limit, String input, long declaredLength) {
        this.limit = limit;
        this.input = input;
        this.declaredLength = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (limit.exceededBy(declaredLength)) {
            subscription.cancel();
            result.completeExceptionally(new BadInputException(input, limit.tooLarge(declaredLength)));
            return;
        }
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone())
            return;
        for (ByteBuffer buffer : buffers) {
            if (limit.exceededBy((long) bytes.size() + buffer.remaining())) {
                subscription.cancel();
                result.completeExceptionally(new BadInputException(input, limit.tooLargeWhileReading()));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
