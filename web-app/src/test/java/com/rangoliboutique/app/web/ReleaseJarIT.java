package com.rangoliboutique.app.web;

import com.rangoliboutique.adapter.out.persistence.ReleaseJarContract;

import java.nio.file.Path;

/** target/web-app.jar is what production runs: no development database inside, small, one Jackson. */
class ReleaseJarIT extends ReleaseJarContract {

    @Override
    protected Path releaseJar() {
        return WebAppJarIT.JAR;
    }
}
