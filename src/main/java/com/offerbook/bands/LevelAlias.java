package com.offerbook.bands;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A name people type for a company's level ("L6", "Senior Applied Scientist") and the level it is in the level
 * mapping ("Applied Scientist III"). Every known level also has a row under its own name. Reference data from the
 * migrations (V018), read once.
 */
@Entity
@Table(name = "level_alias")
class LevelAlias {

    @Id
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "company", nullable = false)
    private String company = "";

    @Column(name = "level_label", nullable = false)
    private String levelLabel = "";

    @Column(name = "alias", nullable = false)
    private String alias = "";

    @Column(name = "sort_no", nullable = false)
    private int sortNo;

    @Column(name = "source", nullable = false)
    private String source = "";

    protected LevelAlias() {
        // for JPA
    }

    String getCompany() {
        return company;
    }

    String getLevelLabel() {
        return levelLabel;
    }

    String getAlias() {
        return alias;
    }

    int getSortNo() {
        return sortNo;
    }

    String getSource() {
        return source;
    }
}
