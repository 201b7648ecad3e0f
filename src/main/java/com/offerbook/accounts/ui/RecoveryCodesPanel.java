package com.offerbook.accounts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** New recovery codes, shown this once: only their hashes are stored. */
final class RecoveryCodesPanel extends Div {

    RecoveryCodesPanel(List<String> codes) {
        setId("recovery-codes");
        var list = new UnorderedList();
        list.addClassName("recovery-code-list");
        codes.forEach(code -> list.add(new ListItem(code)));
        add(
                new H3("Your recovery codes"),
                new Paragraph("If you lose your phone, type one of these instead of a code. Each works once. Copy or "
                        + "print them now and keep them somewhere safe: Offerbook stores only a fingerprint of each "
                        + "and cannot show them again."),
                list);
    }
}
