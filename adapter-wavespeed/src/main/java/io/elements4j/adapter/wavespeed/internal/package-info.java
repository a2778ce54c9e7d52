/** WaveSpeed's wire records and its Feign interface; nothing here is API. */
package io.elements4j.adapter.wavespeed.internal;
