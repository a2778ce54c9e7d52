package io.elements4j.media;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/** How many bytes the current thread allocates on the heap while it does something (HotSpot's allocation counter). */
final class HeapAllocations {

    private HeapAllocations() {}

    static long during(Supplier<?> work) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        Object kept = work.get();
        long after = threads.getThreadAllocatedBytes(thread);
        if (kept == null) {
            throw new IllegalStateException("the work gave nothing");
        }
        return after - before;
    }
}
