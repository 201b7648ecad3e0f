package com.offerbook.security;

import java.util.Locale;
import java.util.Map;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * While a share link's page reads its owner's data ({@link CurrentUser#readingAs}), every SQL statement Hibernate
 * prepares on that thread must be a read: an insert, update, delete, merge or DDL is refused before it reaches the
 * database. The read-only transaction around it would not be enough alone: H2 ignores a read-only connection, and a
 * service method that writes joins the surrounding transaction. Every service reaches the database through JPA, so
 * this one hook sees every statement. Off that thread it only looks at a flag.
 */
@Component
class ShareReadGuard implements StatementInspector, HibernatePropertiesCustomizer {

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(AvailableSettings.STATEMENT_INSPECTOR, this);
    }

    @Override
    public String inspect(String sql) {
        if (CurrentUser.isReadingAsShareOwner() && !isRead(sql)) {
            throw new AccessDeniedException("A share link reads only");
        }
        return sql;
    }

    /** Whether the statement only reads: it starts (after comments and blanks) with {@code select} or {@code with}. */
    static boolean isRead(String sql) {
        var rest = sql.strip();
        while (rest.startsWith("/*")) {
            int end = rest.indexOf("*/");
            if (end < 0) {
                return false;
            }
            rest = rest.substring(end + 2).strip();
        }
        var start = rest.toLowerCase(Locale.ROOT);
        return (start.startsWith("select") || start.startsWith("with") || start.startsWith("(select"))
                && !start.contains(" for update");
    }
}
