package com.offerbook.bands;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;

/**
 * The grid's query with one condition per filter in use. A query that holds every filter as
 * {@code (:company = '' or …)} is planned once for all of them and can use no index for any; this one names only
 * what is asked, so the planner sees {@code search_company like 'acme%'} and answers it, and the default order, from
 * {@code ix_band_search_company}. A slice reads one row more than the page to know whether another page follows, and
 * no count query runs.
 */
class BandSearchQueriesImpl implements BandSearchQueries {

    /** What the grid may sort by: the band's attribute for each sort property ("company" sorts as it is searched). */
    private static final Map<String, String> SORTABLE = Map.of(
            "company", "searchCompany",
            "roleTitle", "roleTitle",
            "roleFamily", "roleFamily",
            "levelLabel", "levelLabel",
            "region", "region",
            "currency", "currency",
            "asOf", "asOf",
            "id", "id");

    private final EntityManager entityManager;

    BandSearchQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Slice<Band> search(long userId, BandFilter filter, List<String> facetKeys, Pageable pageable) {
        var jpql = new StringBuilder("select b from Band b where ");
        var parameters = new LinkedHashMap<String, Object>();
        switch (filter.scope()) {
            case SHARED -> jpql.append("b.ownerId is null");
            case PRIVATE -> {
                jpql.append("b.ownerId = :userId");
                parameters.put("userId", userId);
            }
            case ALL -> {
                jpql.append("(b.ownerId is null or b.ownerId = :userId)");
                parameters.put("userId", userId);
            }
        }
        if (!facetKeys.isEmpty()) {
            jpql.append(" and b.facetKey in :facetKeys");
            parameters.put("facetKeys", facetKeys);
        }
        like(jpql, parameters, "searchCompany", "company", BandSearch.prefixPattern(filter.company()));
        equal(jpql, parameters, "roleFamily", filter.roleFamily().strip());
        equal(jpql, parameters, "region", filter.region().strip());
        like(jpql, parameters, "searchLevel", "level", BandSearch.prefixPattern(filter.level()));
        equal(jpql, parameters, "currency", filter.currency().strip());
        jpql.append(orderBy(filter.scope(), pageable.getSort()));

        var query = entityManager.createQuery(jpql.toString(), Band.class);
        parameters.forEach(query::setParameter);
        if (pageable.isUnpaged()) {
            return new SliceImpl<>(query.getResultList(), pageable, false);
        }
        query.setFirstResult((int) pageable.getOffset());
        query.setMaxResults(pageable.getPageSize() + 1);
        var rows = new ArrayList<>(query.getResultList());
        boolean more = rows.size() > pageable.getPageSize();
        if (more) {
            rows.removeLast();
        }
        return new SliceImpl<>(rows, pageable, more);
    }

    private static void equal(StringBuilder jpql, Map<String, Object> parameters, String attribute, String value) {
        if (!value.isEmpty()) {
            jpql.append(" and b.").append(attribute).append(" = :").append(attribute);
            parameters.put(attribute, value);
        }
    }

    private static void like(
            StringBuilder jpql, Map<String, Object> parameters, String attribute, String name, String pattern) {
        if (!pattern.isEmpty()) {
            jpql.append(" and b.")
                    .append(attribute)
                    .append(" like :")
                    .append(name)
                    .append(" escape '")
                    .append(BandSearch.ESCAPE)
                    .append("'");
            parameters.put(name, pattern);
        }
    }

    /**
     * The pageable's order on known attributes only, then the id, so that pages never overlap or skip a band. Within
     * one scope the owner is the same for every row, so leading with it changes no order; it lets the planner read the
     * page in order from {@code ix_band_owner_search} and stop there, instead of sorting every shared band.
     */
    private static String orderBy(BandFilter.Scope scope, Sort sort) {
        var orders = new ArrayList<String>();
        if (scope != BandFilter.Scope.ALL) {
            orders.add("b.ownerId");
        }
        boolean byId = false;
        for (var order : sort) {
            var attribute = SORTABLE.get(order.getProperty());
            if (attribute == null) {
                throw new IllegalArgumentException("Bands cannot be sorted by " + order.getProperty());
            }
            byId |= attribute.equals("id");
            orders.add("b." + attribute + (order.isDescending() ? " desc" : ""));
        }
        if (!byId) {
            orders.add("b.id");
        }
        return " order by " + String.join(", ", orders);
    }
}
