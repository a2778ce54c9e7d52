package io.elements4j.cli;

import io.elements4j.cli.CommandModel.Arg;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.prompt.ElementPrompt;
import io.elements4j.domain.prompt.ElementRef;
import io.elements4j.domain.prompt.GenerationReferences;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.prompt.RenderedPrompt;
import io.elements4j.domain.rules.RuleViolation;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code elements prompt}. */
final class PromptCommand extends ChildCommand {

    private String text;
    private List<String> elements = new ArrayList<>();
    private PromptSyntax syntaxOverride;
    private int images;
    private boolean referenceVideo;
    private boolean firstFrame;
    private boolean endFrame;

    PromptCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    CommandModel describe() {
        return CommandModel.of(
                        "prompt",
                        this,
                        "Render a prompt that names elements, in the provider's syntax (or the one --syntax names).",
                        "The rendered text comes with the vendor's element list (such as element_N fields, or"
                                + " contents[] items for the newer generation requests, --syntax AT_CONTENT_ID).",
                        "Example: elements prompt --provider ID --text \"{{hero}} hugs {{dog}}\" --element"
                                + " hero=u_123:Hero --element dog=u_456:Dog:video",
                        "Nothing is sent; the combined-reference limits are checked (exit code 3 lists every"
                                + " violation).")
                .inOrderAdded()
                .option(Arg.of(String.class, given -> text = given)
                        .names("--text")
                        .required()
                        .label("TEMPLATE")
                        .description("the prompt; {{key}} names the element bound to key, \\{{ is a literal {{"))
                .option(Arg.repeatable(given -> elements = given)
                        .names("--element")
                        .label("KEY=ID[:NAME[:image|video]]")
                        .description("bind a key to an element (repeatable); the kind defaults to image"))
                .option(Arg.of(PromptSyntax.class, given -> syntaxOverride = given)
                        .names("--syntax")
                        .label("SYNTAX")
                        .description("write this syntax instead of the provider's: ${COMPLETION-CANDIDATES}"
                                + " (AT_CONTENT_ID is the video models' newer generation requests, elements as"
                                + " contents[] items)"))
                .option(Arg.of(int.class, given -> images = given)
                        .names("--images")
                        .label("N")
                        .defaultValue("0")
                        .description("reference images the generation also carries, besides frames (default: 0)"))
                .option(Arg.flag(given -> referenceVideo = given)
                        .names("--reference-video")
                        .description("the generation also carries a reference video"))
                .option(Arg.flag(given -> firstFrame = given)
                        .names("--first-frame")
                        .description("an image is the first frame"))
                .option(Arg.flag(given -> endFrame = given)
                        .names("--end-frame")
                        .description("an image is the end frame"));
    }

    @Override
    public Integer call() {
        if (images < 0) {
            throw CliFailure.usage("--images must be 0 or more: " + images);
        }
        Map<String, ElementRef> bindings = bindings();
        ProviderMetadata provider = root.chooseProvider().metadata();
        if (provider.promptSyntax().isEmpty() && syntaxOverride == null) {
            throw CliFailure.usage(Credentials.label(provider) + " has no prompt syntax: the vendor takes no "
                    + "generation prompts, so there is nothing to render (or name one with --syntax)");
        }
        PromptSyntax syntax = syntaxOverride != null
                ? syntaxOverride
                : provider.promptSyntax().get();
        GenerationReferences references = new GenerationReferences(images, referenceVideo, firstFrame, endFrame);
        Validation<Seq<RuleViolation>, ElementPrompt> parsed = ElementPrompt.template(text, bindings);
        Validation<Seq<RuleViolation>, RenderedPrompt> rendered =
                parsed.flatMap(prompt -> prompt.render(syntax, references));
        if (rendered.isInvalid()) {
            Seq<RuleViolation> violations = rendered.getError();
            throw CliFailure.violations(
                    "the prompt breaks " + violations.size() + " rule"
                            + (violations.size() == 1 ? "" : "s") + " for " + Credentials.label(provider)
                            + "; fix every one listed below",
                    violations);
        }
        RenderedPrompt prompt = rendered.get();
        Seq<ElementRef> listed = parsed.get().elements();
        Output output = root.output();
        output.line("Prompt for " + Credentials.label(provider) + " (" + syntax + "):");
        output.line("  " + prompt.text());
        if (!listed.isEmpty() && syntax == PromptSyntax.AT_CONTENT_ID) {
            output.line("Contents (each @element_N names its item):");
            prompt.contents()
                    .zip(listed)
                    .forEach(entry -> output.line("  {\"type\": \"element\", \"element_id\": \""
                            + entry._1.elementId() + "\", \"id\": \"" + entry._1.id() + "\"}  (" + entry._2.name()
                            + ", "
                            + entry._2.kind().name().toLowerCase(Locale.ROOT) + ")"));
        } else if (!listed.isEmpty()) {
            output.line(syntax == PromptSyntax.AT_INDEX ? "Fields:" : "Element list (element_N is the N-th):");
            listed.zipWithIndex()
                    .forEach(entry -> output.line("  element_" + (entry._2 + 1) + " = " + entry._1.id() + "  ("
                            + entry._1.name() + ", " + entry._1.kind().name().toLowerCase(Locale.ROOT) + ")"));
        }
        output.document(root.success(
                name(),
                Json.object()
                        .put("syntax", syntax)
                        .put("text", prompt.text())
                        .put("elementList", prompt.elementList().map(ElementId::value))
                        .put("elementFields", prompt.elementFields().toJavaMap())
                        .put(
                                "contents",
                                prompt.contents()
                                        .map(item -> Json.object()
                                                .put("type", item.type())
                                                .put(
                                                        "element_id",
                                                        item.elementId().value())
                                                .put("id", item.id())))
                        .put(
                                "elements",
                                listed.map(ref -> Json.object()
                                        .put("id", ref.id().value())
                                        .put("name", ref.name())
                                        .put("kind", ref.kind())))));
        return ExitCode.OK.code();
    }

    private Map<String, ElementRef> bindings() {
        Map<String, ElementRef> bindings = LinkedHashMap.empty();
        for (String binding : elements) {
            int equals = binding.indexOf('=');
            if (equals <= 0 || equals == binding.length() - 1) {
                throw CliFailure.usage("--element " + binding + ": write KEY=ID[:NAME[:image|video]],"
                        + " e.g. hero=u_123:Hero or dog=u_456:Dog:video");
            }
            String key = binding.substring(0, equals).strip();
            bindings = bindings.put(key, reference(key, binding.substring(equals + 1)));
        }
        return bindings;
    }

    private static ElementRef reference(String key, String value) {
        ReferenceKind kind = ReferenceKind.IMAGE;
        String rest = value;
        for (ReferenceKind candidate : ReferenceKind.values()) {
            String suffix = ":" + candidate.name().toLowerCase(Locale.ROOT);
            if (rest.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                kind = candidate;
                rest = rest.substring(0, rest.length() - suffix.length());
                break;
            }
        }
        int colon = rest.indexOf(':');
        String id = colon < 0 ? rest : rest.substring(0, colon);
        String name = colon < 0 ? key : rest.substring(colon + 1);
        if (id.isBlank()) {
            throw CliFailure.usage("--element " + key + "=" + value + ": the element id is missing");
        }
        return new ElementRef(ElementId.of(id.strip()), name, kind);
    }
}
