package io.elements4j.adapter.useapi.internal;

import io.elements4j.domain.element.Element;
import io.elements4j.domain.voice.Voice;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * useapi's records to domain values. Properties that need judgement (kind, tags, voice, media) are
 * {@link UseapiConversions}' named helpers; an element must pass {@link UseapiConversions#problem} first.
 */
@Mapper(uses = UseapiConversions.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface UseapiMapper {

    UseapiMapper INSTANCE = Mappers.getMapper(UseapiMapper.class);

    @Mapping(target = "id", source = "id")
    @Mapping(target = "name", source = "name", defaultValue = "")
    @Mapping(target = "description", source = "description", defaultValue = "")
    @Mapping(target = "kind", source = ".", qualifiedByName = "kind")
    @Mapping(target = "tags", source = ".", qualifiedByName = "tags")
    @Mapping(target = "voice", source = ".", qualifiedByName = "boundVoice")
    @Mapping(target = "media", source = ".", qualifiedByName = "media")
    @Mapping(target = "origin", source = "official")
    @Mapping(target = "status", constant = "ACTIVE")
    @Mapping(target = "createdAt", source = "createTime")
    @Mapping(target = "updatedAt", source = "updateTime")
    Element element(UseapiElement element);

    @Mapping(target = "id", source = "id")
    @Mapping(target = "name", source = "name", defaultValue = "")
    @Mapping(target = "origin", source = "official")
    @Mapping(target = "trialUrl", source = "resource")
    Voice voice(UseapiVoice voice);
}
