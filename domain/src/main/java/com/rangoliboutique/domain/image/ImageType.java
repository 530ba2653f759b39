package com.rangoliboutique.domain.image;

public enum ImageType {
    ORIGINAL, AI_GENERATED
}
