/**
 * The vendors' rules on a draft, checked before anything is sent: each vendor's {@link
 * io.elements4j.domain.rules.RuleProfile} (in {@link io.elements4j.domain.rules.RuleProfiles}), {@link
 * io.elements4j.domain.rules.ReferenceRules} that report every broken rule at once, and the stable {@link
 * io.elements4j.domain.rules.RuleCodes}.
 */
package io.elements4j.domain.rules;
