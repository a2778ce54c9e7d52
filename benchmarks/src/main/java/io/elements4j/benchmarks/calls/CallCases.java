package io.elements4j.benchmarks.calls;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Every measured call, by name {@code <provider>/<operation>}. The adapters' cases come from {@link AdapterCases},
 * which keeps only what each provider declares it supports.
 */
public final class CallCases {

    private CallCases() {}

    public static Seq<String> all() {
        return List.of("support/task", "support/list").appendAll(AdapterCases.supported());
    }

    public static CallCase create(String name) {
        int slash = name.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("a case is <provider>/<operation>: " + name);
        }
        String provider = name.substring(0, slash);
        String operation = name.substring(slash + 1);
        return provider.equals("support") ? SupportCases.create(operation) : AdapterCases.create(provider, operation);
    }

    /**
     * Prints the case names, comma-separated, for {@code -p call=…} in run.sh; with {@code list}, only the calls
     * that read a page.
     */
    public static void main(String[] args) {
        boolean lists = args.length > 0 && args[0].equals("list");
        System.out.println(
                all().filter(name -> !lists || name.endsWith("/list")).mkString(","));
    }
}
