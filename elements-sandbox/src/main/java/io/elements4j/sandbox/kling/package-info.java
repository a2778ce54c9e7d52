/**
 * The simulator of Kling's own API ({@code /v1/general/*}): the account's elements, tasks, presets, tag and voice
 * catalogues, and its bearer or signed-JWT authentication.
 */
package io.elements4j.sandbox.kling;
