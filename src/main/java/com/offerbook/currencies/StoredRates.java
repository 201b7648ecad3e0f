package com.offerbook.currencies;

import com.offerbook.base.data.EntityWrites;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The stored exchange rates: a few dozen rows that every converted figure reads (issue 15), kept in the {@value #NAME}
 * cache (application.properties) and let go whenever a rate is written ({@link EntityWrites}).
 */
@Component
class StoredRates implements EntityWrites.Observer {

    static final String NAME = "fxRates";

    /** The entity whose writes change what is kept. */
    static final String SOURCE = "FxRate";

    private static final String ALL = "all";

    private final FxRateRepository rates;
    private final Cache cache;

    StoredRates(FxRateRepository rates, CacheManager caches) {
        this.rates = rates;
        this.cache = Objects.requireNonNull(caches.getCache(NAME), "application.properties declares " + NAME);
    }

    /** Every stored rate, by currency code. */
    List<ExchangeRates.Rate> all() {
        return kept().sorted();
    }

    /** The stored rate of a currency (its ISO code), if there is one. */
    Optional<ExchangeRates.Rate> of(String currency) {
        return Optional.ofNullable(kept().byCode().get(currency));
    }

    private Kept kept() {
        return Objects.requireNonNull(cache.get(ALL, () -> {
            var sorted = rates.findAll().stream()
                    .map(r -> new ExchangeRates.Rate(r.getCurrency(), r.getUsdPerUnit(), r.getAsOf(), r.getSource()))
                    .sorted(Comparator.comparing(ExchangeRates.Rate::currency))
                    .toList();
            return new Kept(
                    sorted,
                    sorted.stream().collect(Collectors.toUnmodifiableMap(ExchangeRates.Rate::currency, r -> r)));
        }));
    }

    private record Kept(List<ExchangeRates.Rate> sorted, Map<String, ExchangeRates.Rate> byCode) {}

    @Override
    public void written(String entity) {
        if (entity.equals(SOURCE)) {
            cache.clear();
        }
    }
}
