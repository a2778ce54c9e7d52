/**
 * The useapi.net simulator: its Kling element endpoints ({@code /v1/kling/elements...}), which create
 * synchronously.
 */
package io.elements4j.sandbox.useapi;
