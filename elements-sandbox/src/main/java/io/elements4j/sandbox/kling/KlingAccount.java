package io.elements4j.sandbox.kling;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.core.SimIds;
import io.elements4j.sandbox.core.SimJson;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.random.RandomGenerator;

/** One Kling account's state: its creation tasks and their elements, its custom voices, and the official library. */
final class KlingAccount {

    /** The creator id Kling puts in {@code owned_by} of this account's elements and voices. */
    static final String OWNER = "7261738390";

    private static final String CDN = "https://sim-cdn.klingai.invalid";
    private static final long PRESETS_CREATED_AT = 1_767_225_600_000L;

    private final RandomGenerator random;
    private final java.util.List<KlingTask> tasks = new ArrayList<>();
    private final java.util.List<KlingVoice> customVoices = new ArrayList<>();
    private final Seq<KlingTask> presets;

    KlingAccount(RandomGenerator random) {
        this.random = random;
        this.presets = KlingCatalogue.PRESET_ELEMENTS.zipWithIndex().map(p -> presetTask(p._1, p._2));
    }

    void clear() {
        tasks.clear();
        customVoices.clear();
    }

    boolean externalIdTaken(String externalTaskId) {
        return List.ofAll(tasks).exists(t -> t.externalTaskId.contains(externalTaskId));
    }

    /** A new task; it finishes after {@code polls} status queries, or at once when {@code polls} is 0. */
    KlingTask submit(KlingCreateRequest request, long now, int polls, Option<String> failure) {
        KlingTask task =
                new KlingTask(taskId(), request.externalTaskId(), now, false, Option.some(request), failure, polls);
        tasks.add(task);
        if (polls == 0) {
            finish(task, now);
        }
        return task;
    }

    /** A task by its id or by the {@code external_task_id} it was created with. */
    Option<KlingTask> task(String id) {
        Seq<KlingTask> all = List.ofAll(tasks);
        return all.find(t -> t.taskId.equals(id)).orElse(() -> all.find(t -> t.externalTaskId.contains(id)));
    }

    /** One status query: the task moves on toward its end. */
    void poll(KlingTask task, long now) {
        if (task.isTerminal()) {
            return;
        }
        task.pollsLeft--;
        if (task.pollsLeft <= 0) {
            finish(task, now);
        } else {
            task.status = KlingTask.PROCESSING;
            task.updatedAt = now;
        }
    }

    /** Moves a task to processing on time; false when it already was, or has finished. */
    boolean startProcessing(KlingTask task, long now) {
        if (task.isTerminal() || KlingTask.PROCESSING.equals(task.status)) {
            return false;
        }
        task.status = KlingTask.PROCESSING;
        task.updatedAt = now;
        return true;
    }

    /** Finishes a task on time, unless it has finished. */
    void finishNow(KlingTask task, long now) {
        if (!task.isTerminal()) {
            finish(task, now);
        }
    }

    /** Own tasks, newest first. */
    Seq<KlingTask> tasks(int pageNum, int pageSize) {
        return List.ofAll(tasks).reverse().drop((pageNum - 1) * pageSize).take(pageSize);
    }

    Seq<KlingTask> presets(int pageNum, int pageSize) {
        return presets.drop((pageNum - 1) * pageSize).take(pageSize);
    }

    /** Deletes an own element; an unknown, preset or already deleted one is refused as Kling would (400 / 1201). */
    Either<KlingCreateRequest.Rejection, KlingTask> delete(String elementId, long now) {
        Option<Tuple2<KlingTask, ObjectNode>> own = find(List.ofAll(tasks), elementId);
        if (own.isEmpty()) {
            return find(presets, elementId).isDefined()
                    ? Either.left(
                            new KlingCreateRequest.Rejection(1201, "only custom elements can be deleted: " + elementId))
                    : Either.left(new KlingCreateRequest.Rejection(1201, "Element not found by id: " + elementId));
        }
        ObjectNode element = own.get()._2;
        if ("deleted".equals(element.path("status").asText())) {
            return Either.left(new KlingCreateRequest.Rejection(1201, "Element already deleted: " + elementId));
        }
        element.put("status", "deleted");
        own.get()._1.updatedAt = now;
        KlingTask deletion = new KlingTask(taskId(), Option.none(), now, false, Option.none(), Option.none(), 0);
        deletion.status = KlingTask.SUCCEED;
        return Either.right(deletion);
    }

    /** A voice the account may bind: official or its own. */
    Option<KlingVoice> voice(String id) {
        return KlingCatalogue.PRESET_VOICES.appendAll(customVoices).find(v -> v.id().equals(id));
    }

    Seq<KlingVoice> customVoices() {
        return List.ofAll(customVoices);
    }

    /** A finished task with one image element named {@code name}; answers the element id. */
    String seed(String name, long now) {
        KlingCreateRequest request = new KlingCreateRequest(
                name,
                "Seeded element " + name,
                KlingCreateRequest.IMAGE_REFER,
                Option.some(CDN + "/seed/" + name + "/front.png"),
                List.of(CDN + "/seed/" + name + "/side.png"),
                Option.none(),
                Option.none(),
                List.of("o_102"),
                Option.none(),
                Option.none());
        KlingTask task = submit(request, now, 0, Option.none());
        return task.elements.get(0).get("element_id").asText();
    }

    private void finish(KlingTask task, long now) {
        task.updatedAt = now;
        if (task.failure.isDefined()) {
            task.status = KlingTask.FAILED;
            task.statusMessage = task.failure.get();
            return;
        }
        task.status = KlingTask.SUCCEED;
        task.request.forEach(request -> task.elements.add(element(task.taskId, request)));
    }

    private ObjectNode element(String taskId, KlingCreateRequest request) {
        ObjectNode element = SimJson.object()
                .put("element_id", SimIds.kling(random))
                .put("element_name", request.name())
                .put("element_description", request.description())
                .put("reference_type", request.referenceType());
        ObjectNode images = element.putObject("element_image_list");
        request.frontalImage().forEach(front -> {
            images.put("frontal_image", stored(taskId, "frontal", front));
            ArrayNode refers = images.putArray("refer_images");
            request.referImages()
                    .zipWithIndex()
                    .forEach(r -> refers.addObject().put("image_url", stored(taskId, "refer-" + (r._2 + 1), r._1)));
        });
        ObjectNode videos = element.putObject("element_video_list");
        request.video()
                .forEach(video ->
                        videos.putArray("refer_videos").addObject().put("video_url", stored(taskId, "video", video)));
        element.set(
                "element_voice_info", voiceOf(request).map(KlingVoice::toJson).getOrElse(SimJson::object));
        element.set("tag_list", tagList(request.tagIds()));
        return element.put("owned_by", OWNER).put("status", "succeed");
    }

    /**
     * The bound voice: the one asked for, or — for a video element without one — a voice Kling customises from the
     * speech in the video and adds to the account's library (the simulator assumes every reference video speaks).
     */
    private Option<KlingVoice> voiceOf(KlingCreateRequest request) {
        if (request.voiceId().isDefined()) {
            return request.voiceId().flatMap(this::voice);
        }
        if (!request.isVideo()) {
            return Option.none();
        }
        KlingVoice extracted = new KlingVoice(longId(), request.name() + " voice", OWNER);
        customVoices.add(extracted);
        return Option.some(extracted);
    }

    private static ArrayNode tagList(Seq<String> tagIds) {
        ArrayNode tags = SimJson.array();
        tagIds.forEach(id -> KlingCatalogue.TAGS
                .get(id)
                .forEach(tag ->
                        tags.addObject().put("id", id).put("name", tag._1).put("description", tag._2)));
        return tags;
    }

    /** Where Kling keeps a medium: a URL as given; Base64 content uploaded to its CDN. */
    private static String stored(String taskId, String name, String value) {
        return value.startsWith("http://") || value.startsWith("https://")
                ? value
                : CDN + "/elements/" + taskId + "/" + name;
    }

    private KlingTask presetTask(KlingCatalogue.Preset preset, int index) {
        KlingCreateRequest request = new KlingCreateRequest(
                preset.name(),
                preset.description(),
                KlingCreateRequest.IMAGE_REFER,
                Option.some(CDN + "/presets/" + preset.id() + "/front.png"),
                List.of(CDN + "/presets/" + preset.id() + "/side.png"),
                Option.none(),
                Option.none(),
                List.of(preset.tagId()),
                Option.none(),
                Option.none());
        KlingTask task = new KlingTask(
                Long.toString(860_000_000_000_000_000L + index),
                Option.none(),
                PRESETS_CREATED_AT,
                true,
                Option.some(request),
                Option.none(),
                0);
        task.status = KlingTask.SUCCEED;
        ObjectNode element = element(task.taskId, request)
                .put("element_id", preset.id())
                .put("owned_by", KlingCatalogue.OFFICIAL_OWNER);
        task.elements.add(element);
        return task;
    }

    private static Option<Tuple2<KlingTask, ObjectNode>> find(Seq<KlingTask> in, String elementId) {
        return in.flatMap(t -> List.ofAll(t.elements).map(e -> new Tuple2<>(t, e)))
                .find(te -> te._2.path("element_id").asText().equals(elementId));
    }

    private String taskId() {
        return longId();
    }

    /** A long numeric string, as Kling's task and voice ids are. */
    private String longId() {
        return Long.toString(random.nextLong(100_000_000_000_000_000L, 1_000_000_000_000_000_000L));
    }
}
