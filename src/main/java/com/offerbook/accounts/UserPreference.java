package com.offerbook.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A user's display settings, remembered across sessions. */
@Entity
@Table(name = "user_preference")
class UserPreference {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "display_currency", nullable = false, length = 3)
    private String displayCurrency = "USD";

    @Column(name = "dark_theme", nullable = false)
    private boolean darkTheme;

    @Column(name = "number_format", length = 16)
    private @Nullable String numberFormat;

    protected UserPreference() {
        // for JPA
    }

    UserPreference(long userId) {
        this.userId = userId;
    }

    Preferences toRecord() {
        return new Preferences(displayCurrency, darkTheme, numberFormat);
    }

    void apply(Preferences preferences) {
        this.displayCurrency = preferences.displayCurrency();
        this.darkTheme = preferences.darkTheme();
        this.numberFormat = preferences.numberFormat();
    }
}
