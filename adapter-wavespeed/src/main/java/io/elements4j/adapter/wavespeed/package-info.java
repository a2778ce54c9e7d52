/** WaveSpeed's Kling element models as an elements4j provider; only {@link WaveSpeedElementsProvider} is public. */
package io.elements4j.adapter.wavespeed;
