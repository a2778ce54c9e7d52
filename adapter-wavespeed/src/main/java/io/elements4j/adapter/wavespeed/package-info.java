/** WaveSpeed's Kling element models as elements4j providers; only the providers are public. */
package io.elements4j.adapter.wavespeed;
