package com.offerbook.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The figure a user ranks offers by, remembered across sessions (V020). */
@Entity
@Table(name = "dashboard_preference")
class DashboardPreference {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "figure", nullable = false, length = 24)
    private Figure figure = Figure.RECURRING;

    @Column(name = "horizon_years", nullable = false)
    private int horizonYears;

    protected DashboardPreference() {
        // for JPA
    }

    DashboardPreference(long userId) {
        this.userId = userId;
    }

    FigureChoice choice() {
        return new FigureChoice(figure, horizonYears);
    }

    void apply(FigureChoice choice) {
        this.figure = choice.figure();
        this.horizonYears = choice.horizonYears();
    }
}
