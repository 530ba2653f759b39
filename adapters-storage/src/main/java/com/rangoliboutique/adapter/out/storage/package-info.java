/**
 * Implementations of {@link com.rangoliboutique.application.port.out.ImageStore}: S3-compatible object storage
 * (MinIO client) and local disk. Built by the generation worker issue. And
 * {@link com.rangoliboutique.application.port.out.ImageResizer}: the resized copies of published images (JDK ImageIO).
 */
package com.rangoliboutique.adapter.out.storage;
