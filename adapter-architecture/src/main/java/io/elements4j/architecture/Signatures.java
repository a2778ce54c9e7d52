package io.elements4j.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Collection;

/** What a member shows callers: the types in its signature (field type; parameters, return, exceptions). */
final class Signatures {

    private Signatures() {}

    /** The members show no type {@code hidden} matches; each one that does is named with the type. */
    static ArchCondition<JavaMember> showNo(DescribedPredicate<JavaClass> hidden) {
        return new ArchCondition<>("show no " + hidden.getDescription() + " in their signatures") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                Collection<JavaClass> shown = new ArrayList<>();
                if (member instanceof JavaField field) {
                    shown.addAll(field.getAllInvolvedRawTypes());
                } else if (member instanceof JavaCodeUnit unit) {
                    shown.addAll(unit.getAllInvolvedRawTypes());
                }
                shown.stream()
                        .filter(hidden)
                        .distinct()
                        .forEach(type -> events.add(SimpleConditionEvent.violated(
                                member, member.getFullName() + " shows " + type.getName())));
            }
        };
    }
}
