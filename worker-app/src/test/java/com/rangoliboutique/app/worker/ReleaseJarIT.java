package com.rangoliboutique.app.worker;

import com.rangoliboutique.adapter.out.persistence.ReleaseJarContract;

import java.nio.file.Path;

/** target/worker-app.jar is what production runs: no development database inside, small, one Jackson. */
class ReleaseJarIT extends ReleaseJarContract {

    @Override
    protected Path releaseJar() {
        return WorkerJarIT.WORKER;
    }
}
