package io.elements4j.domain.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ReferenceKind;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class CreationTaskTest {

    private static ElementId id(String value) {
        return ElementId.of(value);
    }

    private static CreationTask task(List<ElementId> ids, List<Element> elements) {
        return CreationTask.builder(CreationTaskId.of("task-1"), TaskState.SUCCEEDED)
                .elementIds(ids)
                .elements(elements)
                .build();
    }

    @Test
    void every_element_reported_in_full_is_listed_by_id_once_in_the_vendors_order() {
        CreationTask task = task(
                List.of(id("e2"), id("e1")),
                List.of(
                        Element.of(id("e1"), "One", ReferenceKind.IMAGE),
                        Element.of(id("e3"), "Three", ReferenceKind.IMAGE)));

        assertThat(task.elementIds()).containsExactly(id("e2"), id("e1"), id("e3"));
    }

    @Test
    void an_id_given_twice_is_listed_once_where_it_first_came() {
        assertThat(task(List.of(id("e1"), id("e2"), id("e1")), List.empty()).elementIds())
                .containsExactly(id("e1"), id("e2"));
        assertThat(task(List.of(id("e1")), List.of(Element.of(id("e1"), "One", ReferenceKind.IMAGE)))
                        .elementIds())
                .containsExactly(id("e1"));
    }

    @Test
    void a_long_list_with_repeats_far_apart_is_listed_once_each_too() {
        List<ElementId> twelve = List.range(0, 12).map(i -> id("e" + i));

        assertThat(task(twelve.append(id("e0")).prepend(id("e11")), List.empty())
                        .elementIds())
                .containsExactlyElementsOf(twelve.remove(id("e11")).prepend(id("e11")));
    }

    @Test
    void a_copy_lists_its_elements_once_however_often_it_is_copied() {
        List<Element> made = List.of(
                Element.of(id("e1"), "One", ReferenceKind.IMAGE),
                Element.of(id("e2"), "Two", ReferenceKind.IMAGE),
                Element.of(id("e1"), "One again", ReferenceKind.IMAGE));
        CreationTask task = CreationTask.of(CreationTaskId.of("task-1"), TaskState.PROCESSING)
                .withElements(made)
                .withTimes(io.vavr.control.Option.none(), io.vavr.control.Option.none())
                .withState(TaskState.SUCCEEDED);

        assertThat(task.elementIds()).containsExactly(id("e1"), id("e2"));
        assertThat(task.elements()).isEqualTo(made);
    }

    @Test
    void many_elements_with_repeats_are_listed_once_each_in_their_order() {
        List<Element> nine = List.range(0, 9).map(i -> Element.of(id("e" + i), "E" + i, ReferenceKind.IMAGE));

        assertThat(task(List.of(id("e4")), nine.append(nine.head())).elementIds())
                .containsExactlyElementsOf(
                        nine.map(Element::id).remove(id("e4")).prepend(id("e4")));
    }
}
