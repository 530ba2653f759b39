package com.rangoliboutique.domain.image;

public enum ImageStatus {
    PENDING, READY, FAILED
}
