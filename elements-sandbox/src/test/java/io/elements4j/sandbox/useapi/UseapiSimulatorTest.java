package io.elements4j.sandbox.useapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.useapi.UseapiHttp.Answer;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The useapi.net simulator, driven over plain HTTP as useapi's pages (useapi.net's element docs) document it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UseapiSimulatorTest {

    static final Instant NOW = Instant.parse("2026-03-06T12:00:00Z");
    static final String COVER = "https://s21-kling.klingai.com/ai-platform/xxx/xxx.jpg";

    UseapiSimulator vendor;
    UseapiHttp http;

    @BeforeAll
    void start() {
        vendor = new UseapiSimulator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(1));
        http = new UseapiHttp(vendor.baseUrl() + UseapiSimulator.BASE_PATH, vendor.credential());
    }

    @AfterAll
    void stop() {
        vendor.close();
    }

    @BeforeEach
    void reset() {
        vendor.reset();
    }

    Answer create(String json) {
        return http.post("/elements", json);
    }

    JsonNode createOne(String json) {
        Answer answer = create(json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("elements").get(0);
    }

    static Seq<String> texts(JsonNode array, String field) {
        return List.ofAll(StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.get(field).asText())
                .toList());
    }

    static void assertVendorError(Answer answer, int status, String messagePart) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().get("error").asText()).contains(messagePart);
        if (status == 400) {
            assertThat(answer.json().has("code"))
                    .as("a 400 is just {\"error\": …}")
                    .isFalse();
        } else {
            assertThat(answer.json().get("code").asInt()).isEqualTo(status);
        }
    }

    @Nested
    class Configuration {

        @Test
        void points_the_provider_at_the_kling_base_path_with_the_token() {
            assertThat(vendor.configuration().toJavaMap())
                    .containsEntry("elements.useapi.base-url", vendor.baseUrl() + "/v1/kling")
                    .containsEntry("elements.useapi.api-key", vendor.credential())
                    .doesNotContainKey("elements.useapi.email");
        }

        @Test
        void names_the_first_account_when_several_are_configured() {
            vendor.configureAccounts("first@example.com", "second@example.com");

            assertThat(vendor.configuration().toJavaMap()).containsEntry("elements.useapi.email", "first@example.com");
        }

        @Test
        void listens_on_loopback_only() {
            assertThat(vendor.baseUrl()).startsWith("http://127.0.0.1:");
        }
    }

    @Nested
    class Authentication {

        @Test
        void refuses_a_wrong_token_with_the_documented_401() {
            Answer answer = http.withToken("user:1-wrong").get("/elements/");

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.json()).isEqualTo(UseapiHttp.json("{\"error\": \"Unauthorized\", \"code\": 401}"));
        }

        @Test
        void refuses_a_missing_token_with_the_documented_401() {
            assertThat(http.withToken(null).post("/elements", "{}").status()).isEqualTo(401);
        }
    }

    @Nested
    class Creation {

        @Test
        void accepts_the_seeds_request_example_and_answers_the_documented_fields() {
            Answer answer = create("""
                    {"email": "%s", "name": "MyCharacter", "coverImage": "%s", "tag": "character"}""".formatted(UseapiSimulator.DEFAULT_ACCOUNT, COVER));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("count").asInt()).isEqualTo(1);
            JsonNode element = answer.json().get("elements").get(0);
            assertThat(element.get("id").asText()).matches("u_\\d{15}");
            assertThat(element.get("name").asText()).matches("MyCharacter [A-Z0-9]{5}");
            assertThat(element.get("userId").isNumber()).isTrue();
            assertThat(element.get("type").asText()).isEqualTo("IMAGE");
            assertThat(element.get("description").asText()).isNotBlank();
            assertThat(element.get("cover").get("resource").asText()).isEqualTo(COVER);
            assertThat(element.get("cover").get("resourceKey").asText()).isEqualTo("cover");
            assertThat(element.get("cover").get("cover").asBoolean()).isTrue();
            assertThat(element.get("cover").has("width")).isTrue();
            assertThat(element.get("cover").get("slotKey").asText()).isEmpty();
            assertThat(element.get("resources")).hasSize(1);
            assertThat(texts(element.get("tagList"), "tagKey")).containsExactly("character");
            assertThat(element.get("createTime").asLong()).isEqualTo(NOW.toEpochMilli());
            assertThat(element.get("updateTime").asLong()).isEqualTo(NOW.toEpochMilli());
            assertThat(element.get("favored").asBoolean()).isFalse();
            assertThat(element.get("official").asBoolean()).isFalse();
        }

        @Test
        void keeps_extra_images_as_secondary_resources() {
            JsonNode element = createOne("""
                    {"name": "Maeva", "coverImage": "%s", "extraImage1": "https://example.com/a.png",
                     "extraImage2": "https://example.com/b.png", "description": "Courier"}""".formatted(COVER));

            assertThat(texts(element.get("resources"), "resource"))
                    .containsExactly(COVER, "https://example.com/a.png", "https://example.com/b.png");
            assertThat(texts(element.get("resources"), "resourceKey"))
                    .containsExactly("cover", "secondary", "secondary");
            assertThat(element.get("description").asText()).isEqualTo("Courier");
        }

        @Test
        void generate_views_makes_three_elements_of_four_views_each() {
            Answer answer = create("""
                    {"name": "MyCharacter", "coverImage": "%s", "generateViews": true}""".formatted(COVER));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("count").asInt()).isEqualTo(3);
            JsonNode elements = answer.json().get("elements");
            assertThat(texts(elements, "id").distinct()).hasSize(3).allMatch(id -> id.matches("u_\\d{15}"));
            assertThat(texts(elements, "name")).allMatch(name -> name.matches("MyCharacter [A-Z0-9]{5}"));
            elements.forEach(element -> assertThat(texts(element.get("resources"), "slotKey"))
                    .containsExactly("", "side", "back", "topView"));
        }

        @Test
        void a_video_element_keeps_its_video_and_extracts_a_voice_for_a_character() {
            JsonNode element = createOne("""
                    {"name": "Speaker", "video": "https://example.com/talk.mp4", "tag": "character"}""");

            assertThat(element.get("type").asText()).isEqualTo("VIDEO");
            assertThat(texts(element.get("resources"), "resourceKey")).containsExactly("cover", "video");
            assertThat(element.get("resources").get(1).get("resource").asText())
                    .isEqualTo("https://example.com/talk.mp4");
            assertThat(element.get("voice").get("official").asBoolean()).isFalse();
        }

        @Test
        void a_video_element_of_another_tag_gets_no_voice() {
            JsonNode element = createOne("""
                    {"name": "Rain", "video": "https://example.com/rain.mp4", "tag": "scene"}""");

            assertThat(element.has("voice")).isFalse();
        }

        @Test
        void binds_an_official_voice_by_id_or_by_name() {
            JsonNode byId = createOne("""
                    {"name": "A", "coverImage": "%s", "tag": "o_102", "voice": "2"}""".formatted(COVER));
            JsonNode byName = createOne("""
                    {"name": "B", "coverImage": "%s", "tag": "character", "voice": "charming uncle"}""".formatted(COVER));

            assertThat(byId.get("voice").get("id").asLong()).isEqualTo(2);
            assertThat(byId.get("voice").get("name").asText()).isEqualTo("Gentle Lady");
            assertThat(byName.get("voice").get("id").asLong()).isEqualTo(3);
            assertThat(byName.get("voice").get("official").asBoolean()).isTrue();
        }

        @Test
        void makes_a_custom_voice_from_a_clip_url() {
            JsonNode element = createOne("""
                    {"name": "A", "video": "https://example.com/v.mp4", "tag": "character",
                     "voice": "https://example.com/voice.mp4"}""");

            assertThat(element.get("voice").get("official").asBoolean()).isFalse();
            assertThat(element.get("voice").get("id").isNumber()).isTrue();
            assertThat(element.get("voice").get("resource").get("resource").asText())
                    .isEqualTo("https://example.com/voice.mp4");
        }

        @Test
        void a_failed_creation_answers_500_with_the_reason_and_creates_nothing() {
            vendor.failNextCreation("Content moderation failed");

            Answer failed = create("{\"name\": \"A\", \"coverImage\": \"%s\"}".formatted(COVER));
            Answer listed = http.get("/elements/");
            Answer next = create("{\"name\": \"B\", \"coverImage\": \"%s\"}".formatted(COVER));

            assertVendorError(failed, 500, "Content moderation failed");
            assertThat(listed.json().get("total").asInt()).isZero();
            assertThat(next.status()).isEqualTo(200);
        }
    }

    @Nested
    class Validation {

        void refused(String body, String messagePart) {
            assertVendorError(create(body), 400, messagePart);
            assertThat(http.get("/elements/").json().get("total").asInt())
                    .as("elements created")
                    .isZero();
        }

        @Test
        void a_name_is_required() {
            refused("{\"coverImage\": \"%s\"}".formatted(COVER), "name");
        }

        @Test
        void a_name_longer_than_15_characters_is_refused() {
            refused("{\"name\": \"Sixteen chars!!!\", \"coverImage\": \"%s\"}".formatted(COVER), "15");
        }

        @Test
        void cover_image_and_video_cannot_both_be_given() {
            refused(
                    "{\"name\": \"A\", \"coverImage\": \"%s\", \"video\": \"https://e.com/v.mp4\"}".formatted(COVER),
                    "cannot be used together");
        }

        @Test
        void one_of_cover_image_or_video_is_required() {
            refused("{\"name\": \"A\"}", "coverImage");
        }

        @Test
        void extra_images_need_a_cover_image() {
            refused(
                    "{\"name\": \"A\", \"video\": \"https://e.com/v.mp4\", \"extraImage1\": \"https://e.com/a.png\"}",
                    "only be used with coverImage");
        }

        @Test
        void extra_images_cannot_go_with_generate_views() {
            refused(
                    "{\"name\": \"A\", \"coverImage\": \"%s\", \"extraImage3\": \"https://e.com/a.png\", \"generateViews\": true}"
                            .formatted(COVER),
                    "generateViews");
        }

        @Test
        void generate_views_needs_a_cover_image() {
            refused("{\"name\": \"A\", \"video\": \"https://e.com/v.mp4\", \"generateViews\": true}", "generateViews");
        }

        @Test
        void a_voice_needs_the_character_tag() {
            refused(
                    "{\"name\": \"A\", \"coverImage\": \"%s\", \"tag\": \"prop\", \"voice\": \"1\"}".formatted(COVER),
                    "character tag");
        }

        @Test
        void an_unknown_voice_is_refused() {
            refused("{\"name\": \"A\", \"coverImage\": \"%s\", \"voice\": \"Nobody\"}".formatted(COVER), "Nobody");
        }

        @Test
        void a_description_longer_than_100_characters_is_refused() {
            refused(
                    "{\"name\": \"A\", \"coverImage\": \"%s\", \"description\": \"%s\"}"
                            .formatted(COVER, "d".repeat(101)),
                    "description");
        }

        @Test
        void an_unknown_tag_is_refused() {
            refused("{\"name\": \"A\", \"coverImage\": \"%s\", \"tag\": \"dragon\"}".formatted(COVER), "dragon");
        }

        @Test
        void a_body_that_is_not_json_is_refused() {
            refused("name=A", "JSON");
        }
    }

    @Nested
    class Listing {

        @Test
        void pages_through_the_account_newest_first_with_the_total() {
            Seq<String> seeded = vendor.seedElements(5);

            Answer first = http.get("/elements/?pageNum=1&pageSize=2");
            Answer third = http.get("/elements/?pageNum=3&pageSize=2");

            assertThat(first.json().get("pageNum").asInt()).isEqualTo(1);
            assertThat(first.json().get("pageSize").asInt()).isEqualTo(2);
            assertThat(first.json().get("total").asInt()).isEqualTo(5);
            assertThat(texts(first.json().get("elementsList"), "id")).containsExactly(seeded.get(4), seeded.get(3));
            assertThat(texts(third.json().get("elementsList"), "id")).containsExactly(seeded.get(0));
        }

        @Test
        void sorts_oldest_first_on_request_and_defaults_to_pages_of_50() {
            Seq<String> seeded = vendor.seedElements(3);

            Answer answer = http.get("/elements?sortDirection=ASC");

            assertThat(answer.json().get("pageSize").asInt()).isEqualTo(50);
            assertThat(texts(answer.json().get("elementsList"), "id")).containsExactlyElementsOf(seeded);
        }

        @Test
        void filters_by_tag_id_or_tag_key() {
            createOne("{\"name\": \"Pet\", \"coverImage\": \"%s\", \"tag\": \"animal\"}".formatted(COVER));
            createOne("{\"name\": \"Hat\", \"coverImage\": \"%s\", \"tag\": \"prop\"}".formatted(COVER));

            assertThat(texts(http.get("/elements/?tag=animal").json().get("elementsList"), "name"))
                    .singleElement()
                    .satisfies(n -> assertThat(n).startsWith("Pet "));
            assertThat(http.get("/elements/?tag=o_104").json().get("total").asInt())
                    .isEqualTo(1);
        }

        @Test
        void refuses_page_sizes_outside_1_to_100_and_page_numbers_below_1() {
            assertVendorError(http.get("/elements/?pageSize=0"), 400, "pageSize");
            assertVendorError(http.get("/elements/?pageSize=101"), 400, "pageSize");
            assertVendorError(http.get("/elements/?pageNum=0"), 400, "pageNum");
            assertThat(http.get("/elements/?pageSize=100").status()).isEqualTo(200);
        }

        @Test
        void official_true_lists_the_preset_library() {
            Answer answer = http.get("/elements/?official=true");

            assertThat(answer.json().get("total").asInt()).isGreaterThanOrEqualTo(3);
            answer.json()
                    .get("elementsList")
                    .forEach(e -> assertThat(e.get("official").asBoolean()).isTrue());
            assertThat(vendor.journal().last().operation()).isEqualTo(Operation.PRESETS);
        }

        @Test
        void can_answer_in_the_older_list_shape() {
            createOne(
                    "{\"name\": \"Lady\", \"coverImage\": \"%s\", \"tag\": \"character\", \"extraImage1\": \"https://e.com/a.png\"}"
                            .formatted(COVER));
            vendor.useLegacyListShape(true);

            JsonNode element = http.get("/elements/").json().get("elementsList").get(0);

            assertThat(element.get("coverImage").asText()).isEqualTo(COVER);
            assertThat(element.get("tag").get("tagKey").asText()).isEqualTo("character");
            assertThat(element.get("tag").has("tagDesc")).isTrue();
            assertThat(element.get("imageResources").get(0).asText()).isEqualTo("https://e.com/a.png");
            assertThat(element.has("cover")).isFalse();
        }
    }

    @Nested
    class FindingAndDeleting {

        @Test
        void finds_an_element_by_id() {
            String id = createOne("{\"name\": \"A\", \"coverImage\": \"%s\"}".formatted(COVER))
                    .get("id")
                    .asText();

            Answer found = http.get("/elements/" + id);

            assertThat(found.status()).isEqualTo(200);
            assertThat(found.json().get("id").asText()).isEqualTo(id);
            assertThat(found.json().get("type").asText()).isEqualTo("IMAGE");
            assertThat(vendor.journal().last().operation()).isEqualTo(Operation.FIND);
        }

        @Test
        void finds_an_official_element_too() {
            String id = http.get("/elements/?official=true")
                    .json()
                    .get("elementsList")
                    .get(0)
                    .get("id")
                    .asText();

            assertThat(http.get("/elements/" + id).json().get("official").asBoolean())
                    .isTrue();
        }

        @Test
        void a_missing_element_is_404() {
            assertVendorError(http.get("/elements/u_404404404404404"), 404, "u_404404404404404");
        }

        @Test
        void deletes_an_element_once_then_answers_404() {
            String id = createOne("{\"name\": \"A\", \"coverImage\": \"%s\"}".formatted(COVER))
                    .get("id")
                    .asText();

            Answer first = http.delete("/elements/" + id);
            Answer second = http.delete("/elements/" + id);

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json()).isEqualTo(UseapiHttp.json("{\"deleted\": 1}"));
            assertThat(second.status()).isEqualTo(404);
            assertThat(http.get("/elements/" + id).status()).isEqualTo(404);
        }
    }

    @Nested
    class Catalogues {

        @Test
        void lists_every_tag_from_o_102_to_o_108_with_its_key_and_name() {
            JsonNode tags = http.get("/elements/tags/").json().get("tagList");

            assertThat(texts(tags, "id"))
                    .containsExactly("o_102", "o_103", "o_104", "o_105", "o_106", "o_107", "o_108");
            assertThat(texts(tags, "tagKey")).startsWith("character", "animal", "prop", "costume", "scene");
            assertThat(texts(tags, "name")).startsWith("Characters", "Animals", "Items");
            tags.forEach(t -> assertThat(t.get("type").asText()).isEqualTo("element"));
            assertThat(vendor.journal().last().operation()).isEqualTo(Operation.TAGS);
        }

        @Test
        void lists_voices_with_numeric_ids() {
            JsonNode voices = http.get("/elements/voices/").json().get("voices");

            assertThat(voices.get(0)).isEqualTo(UseapiHttp.json("{\"id\": 1, \"name\": \"Vivid Girl\"}"));
            voices.forEach(v -> assertThat(v.get("id").isIntegralNumber()).isTrue());
            assertThat(vendor.journal().last().operation()).isEqualTo(Operation.VOICES);
        }

        @Test
        void answers_unknown_routes_with_a_404() {
            assertThat(http.get("/videos/omni").status()).isEqualTo(404);
            assertThat(vendor.journal().last().operation()).isEqualTo(Operation.OTHER);
        }
    }

    @Nested
    class Accounts {

        @BeforeEach
        void severalAccounts() {
            vendor.configureAccounts("first@example.com", "second@example.com");
        }

        @Test
        void a_read_without_email_is_refused_naming_the_parameter() {
            assertVendorError(http.get("/elements/"), 400, "email");
        }

        @Test
        void a_read_takes_the_email_from_the_query() {
            assertThat(http.get("/elements/?email=second%40example.com").status())
                    .isEqualTo(200);
            assertThat(http.get("/elements/tags/?email=first@example.com").status())
                    .isEqualTo(200);
        }

        @Test
        void a_create_takes_the_email_from_the_body_not_the_query() {
            Answer inQuery = http.post(
                    "/elements?email=first@example.com", "{\"name\": \"A\", \"coverImage\": \"%s\"}".formatted(COVER));
            Answer inBody = create(
                    "{\"email\": \"first@example.com\", \"name\": \"A\", \"coverImage\": \"%s\"}".formatted(COVER));

            assertVendorError(inQuery, 400, "email");
            assertThat(inBody.status()).isEqualTo(200);
        }

        @Test
        void an_email_that_is_not_configured_is_refused() {
            assertVendorError(
                    http.delete("/elements/u_123456789012345?email=stranger@example.com"), 400, "stranger@example.com");
        }

        @Test
        void a_reset_restores_the_single_default_account() {
            vendor.reset();

            assertThat(http.get("/elements/").status()).isEqualTo(200);
            assertThat(vendor.accounts()).containsExactly(UseapiSimulator.DEFAULT_ACCOUNT);
        }
    }

    @Nested
    class Faults {

        @Test
        void typical_faults_use_the_useapi_envelope() {
            vendor.injectFault(
                    Operation.CREATE, vendor.typicalFault(ErrorKind.INSUFFICIENT_CREDITS, "Subscription required"), 1);
            vendor.injectFault(Operation.LIST, vendor.typicalFault(ErrorKind.RATE_LIMITED, "All accounts busy"), 1);
            vendor.injectFault(Operation.FIND, vendor.typicalFault(ErrorKind.INVALID_REQUEST, "bad id"), 1);

            assertThat(create("{}").json())
                    .isEqualTo(UseapiHttp.json("{\"error\": \"Subscription required\", \"code\": 402}"));
            assertThat(http.get("/elements/").json())
                    .isEqualTo(UseapiHttp.json("{\"error\": \"All accounts busy\", \"code\": 429}"));
            assertThat(http.get("/elements/x").json()).isEqualTo(UseapiHttp.json("{\"error\": \"bad id\"}"));
        }

        @Test
        void a_policy_rejection_is_a_400_with_the_moderation_code() {
            vendor.injectFault(
                    Operation.CREATE, vendor.typicalFault(ErrorKind.POLICY_REJECTED, "Image failed moderation"), 1);

            Answer answer = create("{}");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json())
                    .isEqualTo(UseapiHttp.json("{\"error\": \"Image failed moderation\", \"code\": \"moderation\"}"));
        }

        @Test
        void the_same_seed_and_clock_give_the_same_ids_and_names() {
            try (UseapiSimulator a = new UseapiSimulator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(9));
                    UseapiSimulator b =
                            new UseapiSimulator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(9))) {
                String body = "{\"name\": \"Twin\", \"coverImage\": \"%s\"}".formatted(COVER);
                JsonNode fromA = new UseapiHttp(a.baseUrl() + "/v1/kling", a.credential())
                        .post("/elements", body)
                        .json();
                JsonNode fromB = new UseapiHttp(b.baseUrl() + "/v1/kling", b.credential())
                        .post("/elements", body)
                        .json();

                assertThat(fromA).isEqualTo(fromB);
            }
        }
    }
}
