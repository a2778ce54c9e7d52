package io.elements4j.domain.rules;

import static io.elements4j.domain.rules.DraftBuilder.aPhotoDraft;
import static io.elements4j.domain.rules.Vendors.codes;
import static io.elements4j.domain.rules.Vendors.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagCatalogue;
import io.elements4j.domain.tag.TagKind;
import io.vavr.collection.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Kling and the request queue take several tags, useapi one, evolink none. */
class TagRulesTest {

    static Stream<Named<RuleProfile>> takingSeveralTags() {
        return Stream.of(RuleProfiles.KLING_OFFICIAL, RuleProfiles.GMI_CLOUD).map(Vendors::named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("takingSeveralTags")
    void takes_the_whole_catalogue_but_not_one_tag_more(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withTags(TagCatalogue.all()), vendor)).isEmpty();
        assertThat(codes(
                        aPhotoDraft().withTags(TagCatalogue.all().append(new Tag.Unrecognised("o_109", "New"))),
                        vendor))
                .contains(RuleCodes.TAGS_TOO_MANY);
    }

    @Test
    void takes_one_tag_on_useapi() {
        assertThat(codes(aPhotoDraft().taggedAs(TagKind.CHARACTER), RuleProfiles.USEAPI))
                .isEmpty();
        assertThat(violations(
                        aPhotoDraft()
                                .taggedAs(TagKind.CHARACTER, TagKind.COSTUME)
                                .build(),
                        RuleProfiles.USEAPI))
                .containsExactly(
                        RuleViolation.of("tags", RuleCodes.TAGS_TOO_MANY, "there are 2 tags; useapi allows at most 1"));
    }

    @Test
    void takes_no_tag_on_evolink() {
        assertThat(codes(aPhotoDraft(), RuleProfiles.EVOLINK)).isEmpty();
        assertThat(violations(aPhotoDraft().taggedAs(TagKind.CHARACTER).build(), RuleProfiles.EVOLINK))
                .containsExactly(
                        RuleViolation.of("tags", RuleCodes.TAGS_UNSUPPORTED, "there is 1 tag; evolink takes no tags"));
        assertThat(codes(aPhotoDraft().withTags(TagCatalogue.all()), RuleProfiles.EVOLINK))
                .containsExactly(RuleCodes.TAGS_UNSUPPORTED);
    }

    static Stream<Named<RuleProfile>> takingTags() {
        return Stream.of(RuleProfiles.KLING_OFFICIAL, RuleProfiles.GMI_CLOUD, RuleProfiles.USEAPI)
                .map(Vendors::named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("takingTags")
    void refuses_a_tag_the_catalogue_does_not_know_naming_it(RuleProfile vendor) {
        List<RuleViolation> found = violations(
                        aPhotoDraft()
                                .withTags(io.vavr.collection.List.of(new Tag.Unrecognised("o_999", "Bogus")))
                                .build(),
                        vendor)
                .toJavaList();

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("tags[0]");
            assertThat(v.code()).isEqualTo(RuleCodes.TAGS_UNKNOWN);
            assertThat(v.message()).contains("o_999").contains("Bogus").contains("o_102");
        });
    }

    @Test
    void refuses_a_kind_the_vendor_does_not_take_naming_the_tag_and_the_kinds_it_takes() {
        RuleProfile animalsAndScenes = acme(RuleProfile.TagRules.atMost(2).onlyOf(TagKind.ANIMAL, TagKind.SCENE))
                .build();

        assertThat(codes(aPhotoDraft().taggedAs(TagKind.SCENE, TagKind.ANIMAL), animalsAndScenes))
                .isEmpty();
        assertThat(violations(
                        aPhotoDraft().taggedAs(TagKind.ANIMAL, TagKind.EFFECT).build(), animalsAndScenes))
                .containsExactly(
                        RuleViolation.of(
                                "tags[1]",
                                RuleCodes.TAGS_KIND_NOT_TAKEN,
                                "tag o_107 (Effect) is not one acme takes on a create; it takes o_103 (Animal), o_106 (Scene)"));
    }

    @Test
    void a_refused_kind_is_reported_beside_every_other_broken_rule() {
        RuleProfile oneAnimal = acme(RuleProfile.TagRules.atMost(1).onlyOf(TagKind.ANIMAL))
                .name(RuleProfile.NameRule.atMost(5))
                .build();

        assertThat(violations(
                                aPhotoDraft()
                                        .named("Far too long")
                                        .taggedAs(TagKind.CHARACTER, TagKind.HOTTEST)
                                        .build(),
                                oneAnimal)
                        .map(v -> v.field() + " " + v.code())
                        .toJavaList())
                .containsExactly(
                        "name name.too_long",
                        "tags tags.too_many",
                        "tags[0] tags.kind_not_taken",
                        "tags[1] tags.kind_not_taken");
    }

    @Test
    void useapi_refuses_hottest_which_its_tag_list_lacks() {
        assertThat(codes(aPhotoDraft().taggedAs(TagKind.HOTTEST), RuleProfiles.USEAPI))
                .containsExactly(RuleCodes.TAGS_KIND_NOT_TAKEN);
        assertThat(codes(aPhotoDraft().taggedAs(TagKind.HOTTEST), RuleProfiles.KLING_OFFICIAL))
                .isEmpty();
    }

    @Test
    void where_no_tag_is_taken_the_kind_is_not_reported_again() {
        RuleProfile none =
                acme(RuleProfile.TagRules.atMost(0).onlyOf(TagKind.ANIMAL)).build();

        assertThat(codes(aPhotoDraft().taggedAs(TagKind.CHARACTER), none)).containsExactly(RuleCodes.TAGS_UNSUPPORTED);
    }

    /** A vendor taking the test drafts' photos, with these tag rules. */
    private static RuleProfile.Builder acme(RuleProfile.TagRules tags) {
        return RuleProfile.builder("acme")
                .tags(tags)
                .images(RuleProfile.ImageRules.unlimited(0, 3, HashSet.of(MediaFormat.JPEG)));
    }
}
