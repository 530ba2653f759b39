package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.in.web.view.Choice;
import com.rangoliboutique.adapter.in.web.view.PageMeta;
import com.rangoliboutique.adapter.in.web.view.PhotoView;
import com.rangoliboutique.adapter.in.web.view.PriceView;
import com.rangoliboutique.adapter.in.web.view.ProductView;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.ProductPage;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Photo;
import com.rangoliboutique.domain.catalog.VariantSelection;
import com.rangoliboutique.domain.catalog.WhatsAppOrder;
import com.rangoliboutique.domain.catalog.WhatsAppShare;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.settings.ShopIdentity;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A product page ({@code /d/D-1042}, with the variants picked): what the catalog use case returns, as HTML. */
@Singleton
class ProductPageRenderer {

    private static final String PRODUCT_SIZES = "(min-width: 62rem) 40rem, 100vw";

    private final BrowseCatalogUseCase catalog;
    private final TemplateRenderer templates;
    private final StaticAssets assets;
    private final ErrorPages errors;
    private final PhotoViews photoViews;

    ProductPageRenderer(BrowseCatalogUseCase catalog, TemplateRenderer templates, StaticAssets assets,
                        ErrorPages errors) {
        this.catalog = catalog;
        this.templates = templates;
        this.assets = assets;
        this.errors = errors;
        this.photoViews = new PhotoViews(catalog.shopUrl());
    }

    CachedPage product(DressId id, Map<String, String> picks) {
        Optional<ProductPage> found = catalog.product(id, picks);
        if (found.isEmpty()) {
            return errors.notFound("This piece is not in the catalog", "There is no dress " + id.value()
                    + " on sale here — it may have been taken off the catalog. Have a look at the other pieces.");
        }
        ProductPage page = found.get();
        Product product = page.listing().product();
        BigDecimal rate = page.settings().usdFxRate();
        boolean soldOut = product.status() == ProductStatus.SOLD_OUT;
        List<PhotoView> photos = new ArrayList<>();
        for (Photo photo : page.listing().photos()) {
            photos.add(photoViews.photo(photo, product.title(), PRODUCT_SIZES, 800, photos.isEmpty()));
        }
        List<ProductView.VariantGroup> groups = new ArrayList<>();
        // a sold-out piece cannot be ordered in a size or colour: the buyer asks about a similar one instead
        (soldOut ? Map.<String, List<String>>of() : page.variants().options()).forEach((type, values) ->
                groups.add(new ProductView.VariantGroup(type, type, "v-" + groups.size(), values.stream()
                        .map(v -> new Choice(v, v, v.equals(page.variants().chosen(type)))).toList())));
        WhatsAppOrder order = page.order();
        ProductView.WhatsApp whatsApp = new ProductView.WhatsApp(order.link(),
                soldOut ? "Ask about a similar piece on WhatsApp" : "Order on WhatsApp", order.linkPrefix(),
                order.messageBeforeVariant(), order.messageAfterVariant(), VariantSelection.NOT_SELECTED,
                "/d/" + id.value() + (soldOut ? "/similar-tap" : "/tap"));
        PriceView price = PriceViews.of(product.price(), product.salePrice().orElse(null), rate);
        ShopIdentity shop = page.settings().identity();
        String description = SeoTexts.productDescription(shop.shopName(), product, price, soldOut);
        String ogImage = page.listing().photos().stream().findFirst().map(photoViews::ogImage).orElse(null);
        List<String> images = page.listing().photos().stream().map(photoViews::ogImage).toList();
        PageMeta meta = new PageMeta(product.title() + (soldOut ? " (sold out)" : ""), description, page.pageUrl(),
                ogImage, "product", StructuredData.product(shop.shopName(), product, page.pageUrl(), images, soldOut),
                assets.assets(), new PageMeta.Shop(shop.shopName(), shop.tagline()));
        List<Choice> categories = product.categories().stream()
                .map(c -> new Choice("/?category=" + URLEncoder.encode(c, StandardCharsets.UTF_8),
                        CatalogFilters.capitalise(c), false))
                .toList();
        ProductView view = new ProductView(meta, id.value(), product.title(), product.description(), categories,
                product.tags(), price,
                "Dollar price approximate, at ₹" + rate.stripTrailingZeros().toPlainString() + " to the dollar.",
                soldOut, photos, groups, whatsApp, "/d/" + id.value(), "/", share(product.title(), shop, page.pageUrl()));
        return templates.page(200, "product", view);
    }

    private static ProductView.Share share(String title, ShopIdentity shop, String pageUrl) {
        WhatsAppShare share = new WhatsAppShare(title, shop.shopName(), pageUrl);
        return new ProductView.Share(share.link(), title, share.text(), pageUrl);
    }
}
