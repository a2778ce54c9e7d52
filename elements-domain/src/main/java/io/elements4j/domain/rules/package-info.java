/**
 * The vendors' rules on a draft, checked before anything is sent: the {@link
 * io.elements4j.domain.rules.RuleProfile} type (each adapter declares its own), {@link
 * io.elements4j.domain.rules.ReferenceRules} that report every broken rule at once, and the stable {@link
 * io.elements4j.domain.rules.RuleCodes}.
 */
package io.elements4j.domain.rules;
