package com.rangoliboutique.adapter.out.storage;

import com.rangoliboutique.application.port.out.ImageStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/** The local-disk store, its URLs answered over real HTTP by a media route like the web app's. */
class ImageStoreLocalDiskAdapterIT extends ImageStoreContract {

    private static MediaRoute route;

    @TempDir
    Path dir;

    private ImageStore store;

    @BeforeAll
    static void startMediaRoute() throws IOException {
        route = new MediaRoute();
    }

    @AfterAll
    static void stopMediaRoute() {
        route.close();
    }

    @BeforeEach
    void freshFolder() {
        store = new ImageStoreLocalDiskAdapter(new DiskStorageProperties(dir.toString(), "test-secret", route.baseUrl()));
        route.serve(store);
    }

    @Override
    ImageStore store() {
        return store;
    }
}
