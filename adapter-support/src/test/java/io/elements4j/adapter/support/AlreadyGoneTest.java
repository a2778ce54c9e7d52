package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** A delete of what is gone already ends ALREADY_ABSENT; any other failure stays a failure. */
class AlreadyGoneTest {

    private static final ElementId ID = ElementId.of("chr_1");
    private static final ElementsError NOT_FOUND = new ElementsError.NotFound("gone", Option.none(), Option.none());
    private static final ElementsError CONFLICT = new ElementsError.Conflict("gone", Option.none(), Option.none());
    private static final ElementsError FORBIDDEN = new ElementsError.Forbidden("no", Option.none(), Option.none());

    @Test
    void a_success_is_deleted_and_a_404_is_already_absent() {
        AlreadyGone gone = AlreadyGone.whenNotFound();

        assertThat(gone.deletion(ID, Either.right("")).get().outcome()).isEqualTo(Deletion.Outcome.DELETED);
        assertThat(gone.deletion(ID, Either.left(NOT_FOUND)).get()).isEqualTo(Deletion.alreadyAbsent(ID));
        assertThat(gone.deletion(ID, Either.left(FORBIDDEN)).getLeft()).isSameAs(FORBIDDEN);
    }

    @Test
    void a_409_means_gone_only_for_a_vendor_that_says_so() {
        assertThat(AlreadyGone.whenNotFound()
                        .deletion(ID, Either.left(CONFLICT))
                        .getLeft())
                .isSameAs(CONFLICT);
        assertThat(AlreadyGone.whenNotFoundOrConflict()
                        .deletion(ID, Either.left(CONFLICT))
                        .get()
                        .outcome())
                .isEqualTo(Deletion.Outcome.ALREADY_ABSENT);
    }

    @Test
    void a_success_that_removed_nothing_is_already_absent() {
        AlreadyGone gone = AlreadyGone.whenNotFound();

        assertThat(gone.deletion(ID, Either.right("{\"deleted\": 0}"), body -> body.contains("0"))
                        .get()
                        .outcome())
                .isEqualTo(Deletion.Outcome.ALREADY_ABSENT);
        assertThat(gone.deletion(ID, Either.right("{\"deleted\": 1}"), body -> body.contains("0"))
                        .get()
                        .outcome())
                .isEqualTo(Deletion.Outcome.DELETED);
    }

    @Test
    void a_vendor_code_can_mean_gone() {
        AlreadyGone gone = AlreadyGone.when(e -> e.vendorCode().contains("1201"));

        assertThat(gone.deletion(ID, Either.left(new ElementsError.NotFound("x", Option.some("1201"), Option.none())))
                        .get()
                        .outcome())
                .isEqualTo(Deletion.Outcome.ALREADY_ABSENT);
        assertThat(gone.deletion(ID, Either.left(NOT_FOUND)).isLeft()).isTrue();
    }
}
