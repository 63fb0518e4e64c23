package org.casus.entity;

/** What kind of actor a gazetteer row describes; a country and its government are different actors. */
public enum ActorType {
    COUNTRY, GOVERNMENT, MILITARY, POLICE, PERSON, ARMED_GROUP, IGO, NGO, PARTY, MEDIA, LOCATION
}
