<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../counterapp/ui/common/actions.py" line="70"/>
        <location filename="../../counterapp/ui/common/actions.py" line="117"/>
        <source>Log in first.</source>
        <translation>Prima accedi.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/actions.py" line="73"/>
        <source>Your role may not do this: ask a manager.</source>
        <translation>Il tuo ruolo non lo consente: chiedi a un responsabile.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/actions.py" line="104"/>
        <source>Needs a senior&apos;s approval (PIN).</source>
        <translation>Serve l&apos;autorizzazione di un venditore senior (PIN).</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/actions.py" line="116"/>
        <source>Not logged in</source>
        <translation>Nessun utente connesso</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../counterapp/app.py" line="160"/>
        <source>CounterApp cannot start</source>
        <translation>CounterApp non può avviarsi</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../counterapp/ui/common/approval.py" line="38"/>
        <source>Approval needed</source>
        <translation>Autorizzazione necessaria</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/approval.py" line="39"/>
        <source>This needs a senior&apos;s approval.</source>
        <translation>Serve l&apos;autorizzazione di un venditore senior.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/approval.py" line="51"/>
        <source>&amp;Approve</source>
        <translation>&amp;Autorizza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/approval.py" line="54"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/approval.py" line="60"/>
        <source>Approver &amp;login:</source>
        <translation>&amp;Utente autorizzante:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/approval.py" line="61"/>
        <source>Approver &amp;PIN:</source>
        <translation>&amp;PIN autorizzante:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/approval.py" line="62"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../counterapp/ui/audit/actions.py" line="40"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro attività…</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="45"/>
        <location filename="../../counterapp/ui/audit/viewer.py" line="155"/>
        <location filename="../../counterapp/ui/audit/viewer.py" line="186"/>
        <source>Audit log</source>
        <translation>Registro attività</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="50"/>
        <source>Everybody</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="56"/>
        <source>All actions</source>
        <translation>Tutte le azioni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="59"/>
        <location filename="../../counterapp/ui/audit/viewer.py" line="144"/>
        <source>Any customer…</source>
        <translation>Qualsiasi cliente…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="63"/>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="67"/>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="71"/>
        <source>&amp;Search (Enter)</source>
        <translation>&amp;Cerca (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="75"/>
        <source>&amp;Check integrity</source>
        <translation>&amp;Verifica integrità</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="77"/>
        <source>Check that no entry was changed or removed since it was written (the same as &apos;counterapp audit verify&apos;)</source>
        <translation>Verifica che nessuna voce sia stata modificata o eliminata dopo la scrittura (come &apos;counterapp audit verify&apos;)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="80"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="91"/>
        <source>User:</source>
        <translation>Utente:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="93"/>
        <source>Action:</source>
        <translation>Azione:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="106"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/audit/viewer.py" line="134"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/audit/viewer.py" line="184"/>
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>%n voce scritta in %1</numerusform>
            <numerusform>%n voci scritte in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="136"/>
        <source>Newest %1 entries; narrow the filters or export to see all.</source>
        <translation>Ultime %1 voci; restringi i filtri o esporta per vederle tutte.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="154"/>
        <source>Checking the audit log…</source>
        <translation>Verifica del registro attività…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="159"/>
        <source>Audit log intact: %1 entries.</source>
        <translation>Registro attività integro: %1 voci.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="163"/>
        <source>Audit log broken at entry %1 (%2): %3</source>
        <translation>Registro attività compromesso alla voce %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="167"/>
        <source>Audit log broken: %1</source>
        <translation>Registro attività compromesso: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="169"/>
        <source>Audit log unprotected: triggers missing: %1</source>
        <translation>Registro attività non protetto: trigger mancanti: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="175"/>
        <source>Export audit log</source>
        <translation>Esporta registro attività</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="176"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="182"/>
        <source>Exporting the audit log…</source>
        <translation>Esportazione del registro attività…</translation>
    </message>
</context>
<context>
    <name>AuditModels</name>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="32"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="34"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="35"/>
        <source>Approved by</source>
        <translation>Autorizzato da</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="37"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="38"/>
        <source>Record</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="40"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="41"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="44"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>CallHistoryDialog</name>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="48"/>
        <source>Call history</source>
        <translation>Storico chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="52"/>
        <source>Search name, code, number or notes</source>
        <translation>Cerca nome, codice, numero o note</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="55"/>
        <source>All reps</source>
        <translation>Tutti i venditori</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="60"/>
        <source>All outcomes</source>
        <translation>Tutti gli esiti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="71"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="78"/>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="80"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="91"/>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="93"/>
        <source>Daily counts per rep</source>
        <translation>Totali giornalieri per venditore</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="127"/>
        <source>%n calls</source>
        <translation>
            <numerusform>%n chiamata</numerusform>
            <numerusform>%n chiamate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="147"/>
        <source>%n calls exported to %1</source>
        <translation>
            <numerusform>%n chiamata esportata in %1</numerusform>
            <numerusform>%n chiamate esportate in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="134"/>
        <source>Export calls</source>
        <translation>Esporta chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="135"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CallListBox</name>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="49"/>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="141"/>
        <source>Call list</source>
        <translation>Elenco chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="63"/>
        <source>Dial (Ctrl+Shift+D)</source>
        <translation>Chiama (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="65"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="66"/>
        <source>Reassign…</source>
        <translation>Riassegna…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="68"/>
        <source>New campaign…</source>
        <translation>Nuova campagna…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="70"/>
        <source>Team calls…</source>
        <translation>Chiamate del team…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="122"/>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="128"/>
        <source>Reassign</source>
        <translation>Riassegna</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="122"/>
        <source>Give this task to:</source>
        <translation>Assegna questa attività a:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/controller_texts.py" line="24"/>
        <source>Due now: %1</source>
        <translation>Da fare ora: %1</translation>
    </message>
</context>
<context>
    <name>CallerCardView</name>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="95"/>
        <source>Type or paste the caller&apos;s number and press Enter – or pick a row of the call list and press Dial.</source>
        <translation>Digita o incolla il numero del chiamante e premi Invio, oppure scegli una riga dell&apos;elenco chiamate e premi Chiama.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="107"/>
        <source>Unknown caller: no customer has this number.</source>
        <translation>Chiamante sconosciuto: nessun cliente ha questo numero.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="109"/>
        <source>Create a new lead with this number… (Ctrl+Shift+N)</source>
        <translation>Crea un nuovo potenziale cliente con questo numero… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="116"/>
        <source>Several customers have this number – who is calling?</source>
        <translation>Più clienti hanno questo numero: chi sta chiamando?</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="129"/>
        <source>Business (B2B)</source>
        <translation>Azienda (B2B)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="129"/>
        <source>Consumer (B2C)</source>
        <translation>Privato (B2C)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="132"/>
        <source>LEAD</source>
        <translation>POTENZIALE</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="135"/>
        <source>inactive</source>
        <translation>non attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="144"/>
        <source>Calling</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="145"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="148"/>
        <source>managed by a colleague: leave a handover note</source>
        <translation>seguito da un collega: lascia una nota di passaggio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="151"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="154"/>
        <source>Balance / credit</source>
        <translation>Saldo / fido</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="158"/>
        <source>Price list</source>
        <translation>Listino</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="209"/>
        <source>Make standing</source>
        <translation>Rendi ricorrente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="223"/>
        <source>Standing orders: next runs</source>
        <translation>Ordini ricorrenti: prossime esecuzioni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="226"/>
        <source>%1 – standing order %2</source>
        <translation>%1 – ordine ricorrente %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="235"/>
        <source>Standing orders…</source>
        <translation>Ordini ricorrenti…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="231"/>
        <source> (to confirm)</source>
        <translation> (da confermare)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="165"/>
        <source>Open tasks</source>
        <translation>Attività aperte</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="173"/>
        <source>Last calls</source>
        <translation>Ultime chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="176"/>
        <source>No calls yet.</source>
        <translation>Nessuna chiamata finora.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="192"/>
        <source>Open orders</source>
        <translation>Ordini aperti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="195"/>
        <source>No order on its way.</source>
        <translation>Nessun ordine in consegna.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="202"/>
        <source>late</source>
        <translation>in ritardo</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="138"/>
        <source>New campaign</source>
        <translation>Nuova campagna</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="143"/>
        <source>B2B accounts without an order in the last N days</source>
        <translation>Clienti B2B senza ordini negli ultimi N giorni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="145"/>
        <source>Leads not contacted in N days</source>
        <translation>Potenziali clienti non contattati da N giorni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="146"/>
        <source>Customers who bought a product (SKU)</source>
        <translation>Clienti che hanno acquistato un prodotto (SKU)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="153"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="154"/>
        <source>&amp;Rule</source>
        <translation>&amp;Regola</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="155"/>
        <source>&amp;Days (N)</source>
        <translation>&amp;Giorni (N)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="156"/>
        <source>&amp;Product SKU</source>
        <translation>SKU &amp;prodotto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="157"/>
        <source>&amp;Script for the rep</source>
        <translation>&amp;Script per il venditore</translation>
    </message>
</context>
<context>
    <name>CarriersDriversDialog</name>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="79"/>
        <source>Carriers and drivers</source>
        <translation>Vettori e autisti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="82"/>
        <source>Courier services</source>
        <translation>Corrieri</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="83"/>
        <source>In-house drivers</source>
        <translation>Autisti interni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="115"/>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="194"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="116"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="116"/>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="195"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="117"/>
        <source>Daily pickup</source>
        <translation>Ritiro giornaliero</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="118"/>
        <source>Cut-off</source>
        <translation>Orario limite</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="119"/>
        <source>Transit (working days)</source>
        <translation>Transito (giorni lavorativi)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="120"/>
        <source>Express transit (rush)</source>
        <translation>Transito espresso (urgente)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="121"/>
        <source>Tracking URL</source>
        <translation>URL di tracciamento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="122"/>
        <source>Tracking number pattern</source>
        <translation>Formato del numero di tracciamento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="135"/>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="211"/>
        <source>(inactive)</source>
        <translation>(non attivo)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="195"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="196"/>
        <source>Provinces served</source>
        <translation>Province servite</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="197"/>
        <source>Stops per day</source>
        <translation>Consegne al giorno</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="198"/>
        <source>Cut-off for same day</source>
        <translation>Orario limite per il giorno stesso</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="31"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="32"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="33"/>
        <source>Qty</source>
        <translation>Q.tà</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="34"/>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="35"/>
        <source>Disc. %</source>
        <translation>Sconto %</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="36"/>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="37"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="38"/>
        <source>Stock</source>
        <translation>Giacenza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="145"/>
        <source>Only %1 in stock: the rest is sold on backorder</source>
        <translation>Solo %1 in giacenza: il resto resta da evadere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="151"/>
        <source>VAT included</source>
        <translation>IVA inclusa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="153"/>
        <source>Net of VAT</source>
        <translation>IVA esclusa</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="159"/>
        <source>Close CounterApp</source>
        <translation>Chiudi CounterApp</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="163"/>
        <source>The current sale has %1 lines.</source>
        <translation>La vendita in corso ha %1 righe.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="169"/>
        <source>%1 parked sales stay saved for the next start.</source>
        <translation>%1 vendite sospese restano salvate per il prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="177"/>
        <source>&amp;Park the sale and close</source>
        <translation>&amp;Sospendi la vendita e chiudi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="181"/>
        <source>&amp;Discard the sale and close</source>
        <translation>&amp;Elimina la vendita e chiudi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="186"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="189"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
</context>
<context>
    <name>CounterBadge</name>
    <message numerus="yes">
        <location filename="../../counterapp/ui/common/plurals.py" line="21"/>
        <location filename="../../counterapp/ui/counter/badge.py" line="23"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n articolo</numerusform>
            <numerusform>%n articoli</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="29"/>
        <source>Paid %1 · Change due</source>
        <translation>Pagato %1 · Resto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="31"/>
        <source>Change %1</source>
        <translation>Resto %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="57"/>
        <source>%1 · Net %2 · VAT %3</source>
        <translation>%1 · Imponibile %2 · IVA %3</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="67"/>
        <source>Cart discount %1</source>
        <translation>Sconto sul carrello %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="102"/>
        <source>Walk-in customer</source>
        <translation>Cliente al banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="104"/>
        <source>Retail prices, VAT included</source>
        <translation>Prezzi al pubblico, IVA inclusa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="109"/>
        <source>Business (B2B)</source>
        <translation>Azienda (B2B)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="111"/>
        <source>Consumer (B2C)</source>
        <translation>Privato (B2C)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="119"/>
        <source>retail prices</source>
        <translation>prezzi al pubblico</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="125"/>
        <source>managed by %1</source>
        <translation>seguito da %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="139"/>
        <source>Balance %1 / credit limit %2</source>
        <translation>Saldo %1 / fido %2</translation>
    </message>
</context>
<context>
    <name>CounterFiscal</name>
    <message>
        <location filename="../../counterapp/ui/counter/controller_fiscal.py" line="23"/>
        <source>Documento commerciale %1 printed.</source>
        <translation>Documento commerciale %1 stampato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_fiscal.py" line="24"/>
        <source>Sale %1 is saved, but its fiscal document is pending: %2</source>
        <translation>La vendita %1 è salvata, ma il documento commerciale è in sospeso: %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_fiscal.py" line="26"/>
        <source>Sale %1: the fiscal printer did not answer and has printed another document since. Check the printer&apos;s journal before printing it again.</source>
        <translation>Vendita %1: la stampante fiscale non ha risposto e nel frattempo ha stampato un altro documento. Controlla il giornale elettronico della stampante prima di ristamparlo.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_fiscal.py" line="29"/>
        <source>The receipt of %1 was not printed: %2. It is saved: Ctrl+P prints it again.</source>
        <translation>Lo scontrino di %1 non è stato stampato: %2. È salvato: Ctrl+P lo ristampa.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_fiscal.py" line="32"/>
        <source>Sending %1 to the fiscal printer…</source>
        <translation>Invio di %1 alla stampante fiscale…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_fiscal.py" line="35"/>
        <source>the printer is out of paper</source>
        <translation>la stampante è senza carta</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_fiscal.py" line="36"/>
        <source>the printer&apos;s cover is open</source>
        <translation>il coperchio della stampante è aperto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_fiscal.py" line="37"/>
        <source>the daily closure is due: run Tools &gt; Daily closure (Z) first</source>
        <translation>serve la chiusura giornaliera: esegui prima Strumenti &gt; Chiusura giornaliera (Z)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_fiscal.py" line="39"/>
        <source>the printer cannot be reached (switched off or network down)</source>
        <translation>la stampante non è raggiungibile (spenta o rete non disponibile)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_fiscal.py" line="41"/>
        <source>the printer did not answer in time</source>
        <translation>la stampante non ha risposto in tempo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_fiscal.py" line="42"/>
        <source>the printer refused the document</source>
        <translation>la stampante ha rifiutato il documento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_fiscal.py" line="43"/>
        <source>the outcome is unknown</source>
        <translation>l&apos;esito è sconosciuto</translation>
    </message>
</context>
<context>
    <name>CounterFlows</name>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="25"/>
        <source>The cart is empty: scan a product first.</source>
        <translation>Il carrello è vuoto: prima scansiona un prodotto.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/view_host.py" line="67"/>
        <source>Phone order</source>
        <translation>Ordine telefonico</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/view_host.py" line="68"/>
        <source>Deliver this order to the customer?</source>
        <translation>Consegnare questo ordine al cliente?</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/view_host.py" line="52"/>
        <source>%1: %2 wanted, %3 in stock</source>
        <translation>%1: %2 richiesti, %3 in giacenza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/view_host.py" line="57"/>
        <source>Sell beyond stock?</source>
        <translation>Vendere oltre la giacenza?</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/view_host.py" line="58"/>
        <source>These lines are above the stock on hand:</source>
        <translation>Queste righe superano la giacenza disponibile:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/view_host.py" line="60"/>
        <source>Sell them anyway (the missing units go on backorder)?</source>
        <translation>Venderle comunque (le unità mancanti restano da evadere)?</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/view_host.py" line="93"/>
        <source>Payment – delivery order</source>
        <translation>Pagamento – ordine con consegna</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/view_host.py" line="94"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="26"/>
        <source>Sale %1 saved: %2.</source>
        <translation>Vendita %1 salvata: %2.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="27"/>
        <source>Change due: %1.</source>
        <translation>Resto: %1.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="28"/>
        <source>Ctrl+P prints the receipt again.</source>
        <translation>Ctrl+P ristampa lo scontrino.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="48"/>
        <source>%1 was not printed (%2). It is saved: Ctrl+P prints it again.</source>
        <translation>%1 non è stato stampato (%2). È salvato: Ctrl+P lo ristampa.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="29"/>
        <source>Delivery order %1 saved.</source>
        <translation>Ordine con consegna %1 salvato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="30"/>
        <source>Promised for %1.</source>
        <translation>Consegna promessa per il %1.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="31"/>
        <source>The rush is not possible: %1</source>
        <translation>L&apos;urgenza non è possibile: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="32"/>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="35"/>
        <source>The discount was not applied.</source>
        <translation>Lo sconto non è stato applicato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="36"/>
        <source>Discount applied.</source>
        <translation>Sconto applicato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="33"/>
        <source>A %1 discount is above your limit: a senior approves it with their PIN.</source>
        <translation>Uno sconto del %1 supera il tuo limite: lo autorizza un venditore senior con il suo PIN.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="37"/>
        <source>Sale parked (%1, %2). F9 lists parked sales.</source>
        <translation>Vendita sospesa (%1, %2). F9 elenca le vendite sospese.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="38"/>
        <source>walk-in</source>
        <translation>cliente al banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="39"/>
        <source>Parked sale resumed.</source>
        <translation>Vendita sospesa ripresa.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="40"/>
        <source>A sale is being saved: close again in a moment.</source>
        <translation>Salvataggio di una vendita in corso: richiudi tra un momento.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="42"/>
        <source>Quote %1 saved (%2), valid until %3.</source>
        <translation>Preventivo %1 salvato (%2), valido fino al %3.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="43"/>
        <source>Quote %1 loaded at the quoted prices: F12 to sell it.</source>
        <translation>Preventivo %1 caricato ai prezzi del preventivo: F12 per venderlo.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="45"/>
        <source>Return %1 saved: %2 paid back by the original method. Ctrl+P prints its receipt again.</source>
        <translation>Reso %1 salvato: %2 rimborsati con il metodo di pagamento originale. Ctrl+P ne ristampa lo scontrino.</translation>
    </message>
</context>
<context>
    <name>CounterKeys</name>
    <message>
        <location filename="../../counterapp/ui/counter/keys.py" line="101"/>
        <source>Quantity %1 – press * to set it</source>
        <translation>Quantità %1 – premi * per impostarla</translation>
    </message>
</context>
<context>
    <name>CounterPanel</name>
    <message>
        <location filename="../../counterapp/ui/counter/panel_layout.py" line="56"/>
        <source>Scan a barcode or type a product name or SKU (F2)</source>
        <translation>Scansiona un codice a barre o digita nome prodotto o SKU (F2)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel_layout.py" line="94"/>
        <source>Customer (F7)</source>
        <translation>Cliente (F7)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel_layout.py" line="96"/>
        <source>Attach a customer (F7); Shift+F7 back to walk-in</source>
        <translation>Associa un cliente (F7); Shift+F7 torna al cliente al banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel_layout.py" line="107"/>
        <source>Pay (F12)</source>
        <translation>Incassa (F12)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel_layout.py" line="111"/>
        <source>Discount (F6)</source>
        <translation>Sconto (F6)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel_layout.py" line="112"/>
        <source>Park (F8)</source>
        <translation>Sospendi (F8)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel_layout.py" line="113"/>
        <source>Parked sales (F9)</source>
        <translation>Vendite sospese (F9)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel_layout.py" line="114"/>
        <source>Quote (F10)</source>
        <translation>Preventivo (F10)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel_layout.py" line="115"/>
        <source>Find quote (Shift+F10)</source>
        <translation>Cerca preventivo (Shift+F10)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel_layout.py" line="116"/>
        <source>Deliver (F11)</source>
        <translation>Consegna (F11)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel_layout.py" line="117"/>
        <source>Return (Ctrl+R)</source>
        <translation>Reso (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel_layout.py" line="118"/>
        <source>Reprint (Ctrl+P)</source>
        <translation>Ristampa (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="103"/>
        <source>&amp;Pay</source>
        <translation>&amp;Incassa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="104"/>
        <source>&amp;Discount</source>
        <translation>&amp;Sconto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="106"/>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="108"/>
        <source>&amp;Walk-in customer</source>
        <translation>Cliente al &amp;banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="110"/>
        <source>P&amp;ark sale</source>
        <translation>S&amp;ospendi vendita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="112"/>
        <source>Parked &amp;sales</source>
        <translation>&amp;Vendite sospese</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="114"/>
        <source>Save as &amp;quote</source>
        <translation>Salva come &amp;preventivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="115"/>
        <source>&amp;Find quote</source>
        <translation>C&amp;erca preventivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="117"/>
        <source>De&amp;liver</source>
        <translation>Co&amp;nsegna</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="119"/>
        <source>Reprin&amp;t last receipt</source>
        <translation>Ristampa &amp;ultimo scontrino</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="118"/>
        <source>&amp;Return</source>
        <translation>&amp;Reso</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="121"/>
        <source>&amp;Empty the cart</source>
        <translation>Svuota il c&amp;arrello</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="50"/>
        <source>A sale is being saved: try again in a moment.</source>
        <translation>Salvataggio di una vendita in corso: riprova tra un momento.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="52"/>
        <source>Phone order: paying offers delivery (F11).</source>
        <translation>Ordine telefonico: all&apos;incasso viene proposta la consegna (F11).</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="54"/>
        <source>No product has the barcode or SKU “%1”. Nothing was added; pick from the list (↓) or check the code.</source>
        <translation>Nessun prodotto ha il codice a barre o lo SKU «%1». Non è stato aggiunto nulla; scegli dall&apos;elenco (↓) o controlla il codice.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="57"/>
        <source>Only %1 of “%2” in stock: the line is marked and you will confirm the backorder when paying.</source>
        <translation>Solo %1 di «%2» in giacenza: la riga è evidenziata e all&apos;incasso confermerai la parte da evadere.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/controller_texts.py" line="60"/>
        <source>Added %1 × %2</source>
        <translation>Aggiunto %1 × %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/view_commands.py" line="35"/>
        <source>Empty the cart</source>
        <translation>Svuota il carrello</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/view_commands.py" line="36"/>
        <source>Remove every line of this sale?</source>
        <translation>Eliminare tutte le righe di questa vendita?</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="151"/>
        <source>Customer: %1 (F7)</source>
        <translation>Cliente: %1 (F7)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="152"/>
        <source>Walk-in customer – attach (F7)</source>
        <translation>Cliente al banco – associa (F7)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../counterapp/ui/common/crash_dialog.py" line="65"/>
        <source>CounterApp: unexpected error</source>
        <translation>CounterApp: errore imprevisto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/crash_dialog.py" line="66"/>
        <source>Something went wrong. What you were doing may not have been completed: please check it.</source>
        <translation>Si è verificato un problema. L&apos;operazione in corso potrebbe non essere stata completata: controllala.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/crash_dialog.py" line="68"/>
        <source>The details are in the log file %1. Please send it to whoever looks after CounterApp.</source>
        <translation>I dettagli sono nel file di log %1. Invialo a chi si occupa di CounterApp.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/crash_dialog.py" line="70"/>
        <source>Open log folder</source>
        <translation>Apri cartella dei log</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../counterapp/ui/customers/actions.py" line="55"/>
        <source>&amp;Find customer…</source>
        <translation>&amp;Cerca cliente…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/actions.py" line="58"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Nuovo cliente…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/actions.py" line="61"/>
        <source>&amp;Most valuable customers…</source>
        <translation>Clienti più &amp;redditizi…</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="44"/>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="62"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="45"/>
        <source>Lead (prospect)</source>
        <translation>Potenziale cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="46"/>
        <source>Inactive</source>
        <translation>Non attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="47"/>
        <source>Consumer (B2C)</source>
        <translation>Privato (B2C)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="48"/>
        <source>Business account (B2B)</source>
        <translation>Cliente azienda (B2B)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="49"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="50"/>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="51"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="52"/>
        <source>Street</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="53"/>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="54"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="55"/>
        <source>Prov.</source>
        <translation>Prov.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="56"/>
        <source>Country</source>
        <translation>Nazione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="57"/>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="58"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="59"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="60"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="61"/>
        <source>Phones (comma-separated)</source>
        <translation>Telefoni (separati da virgola)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="118"/>
        <source>&amp;Account</source>
        <translation>&amp;Anagrafica</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="119"/>
        <source>P&amp;hones</source>
        <translation>&amp;Telefoni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="120"/>
        <source>A&amp;ddresses</source>
        <translation>Indiri&amp;zzi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="121"/>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontatti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="126"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>Sal&amp;va (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="131"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="135"/>
        <source>Standing orders…</source>
        <translation>Ordini ricorrenti…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="149"/>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="152"/>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="186"/>
        <source>empty: next free code</source>
        <translation>vuoto: primo codice libero</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="194"/>
        <source>&amp;Type:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="195"/>
        <source>Co&amp;de:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="196"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="197"/>
        <source>&amp;VAT number:</source>
        <translation>Pa&amp;rtita IVA:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="198"/>
        <source>&amp;Fiscal code:</source>
        <translation>Codice &amp;fiscale:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="199"/>
        <source>S&amp;DI code:</source>
        <translation>Codice S&amp;DI:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="200"/>
        <source>&amp;PEC:</source>
        <translation>P&amp;EC:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="201"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="218"/>
        <source>Price &amp;list:</source>
        <translation>&amp;Listino:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="219"/>
        <source>Pa&amp;yment terms:</source>
        <translation>Condizioni di pa&amp;gamento:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="220"/>
        <source>C&amp;redit limit (€):</source>
        <translation>F&amp;ido (€):</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="221"/>
        <source>Account &amp;manager:</source>
        <translation>Acco&amp;unt manager:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="222"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="223"/>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="224"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="250"/>
        <source>Remove selected</source>
        <translation>Rimuovi selezionati</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="263"/>
        <source>Add &amp;phone</source>
        <translation>Ag&amp;giungi telefono</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="264"/>
        <source>Type numbers in any format; they are shown in national format and matched on incoming calls.</source>
        <translation>Digita i numeri in qualsiasi formato: vengono mostrati in formato nazionale e riconosciuti sulle chiamate in arrivo.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="273"/>
        <source>Add a&amp;ddress</source>
        <translation>Ag&amp;giungi indirizzo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="274"/>
        <source>Tick the default delivery address.</source>
        <translation>Spunta l&apos;indirizzo di consegna predefinito.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="281"/>
        <source>Add c&amp;ontact</source>
        <translation>Ag&amp;giungi contatto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="316"/>
        <source>Standard retail prices</source>
        <translation>Prezzi al pubblico standard</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="319"/>
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="443"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="448"/>
        <source>Row %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="459"/>
        <source>Please correct the field marked in red.</source>
        <translation>Correggi il campo evidenziato in rosso.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="482"/>
        <source>Changing the price list needs a senior&apos;s approval.</source>
        <translation>Per modificare il listino serve l&apos;autorizzazione di un venditore senior.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="484"/>
        <source>Changing the credit limit needs a senior&apos;s approval.</source>
        <translation>Per modificare il fido serve l&apos;autorizzazione di un venditore senior.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="501"/>
        <source>Changed meanwhile</source>
        <translation>Modificato nel frattempo</translation>
    </message>
</context>
<context>
    <name>CustomerModels</name>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="31"/>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="32"/>
        <source>lead</source>
        <translation>potenziale</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="33"/>
        <source>inactive</source>
        <translation>non attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="36"/>
        <source>Business</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="37"/>
        <source>Consumer</source>
        <translation>Privato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="52"/>
        <location filename="../../counterapp/ui/customers/models.py" line="100"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="53"/>
        <location filename="../../counterapp/ui/customers/models.py" line="101"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="54"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="55"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="56"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="58"/>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="59"/>
        <location filename="../../counterapp/ui/customers/models.py" line="110"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="61"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="63"/>
        <source>Credit limit</source>
        <translation>Fido</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="65"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="98"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="102"/>
        <source>Revenue (net)</source>
        <translation>Fatturato (netto)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="104"/>
        <source>Gross margin</source>
        <translation>Margine lordo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="106"/>
        <source>Margin %</source>
        <translation>Margine %</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="108"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
</context>
<context>
    <name>CustomerSearchDialog</name>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="46"/>
        <source>Find customer</source>
        <translation>Cerca cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="52"/>
        <source>Name, code, phone number, VAT number, fiscal code or city…</source>
        <translation>Nome, codice, telefono, partita IVA, codice fiscale o città…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="64"/>
        <source>&amp;New customer (Ctrl+N)</source>
        <translation>&amp;Nuovo cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="66"/>
        <source>&amp;Edit (F2)</source>
        <translation>&amp;Modifica (F2)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="68"/>
        <source>&amp;Choose (Enter)</source>
        <translation>&amp;Scegli (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="70"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="128"/>
        <source>Type to search.</source>
        <translation>Digita per cercare.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="113"/>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="130"/>
        <source>No customer found. Ctrl+N creates one.</source>
        <translation>Nessun cliente trovato. Ctrl+N ne crea uno.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="132"/>
        <source>First %1 matches; type more to narrow down.</source>
        <translation>Primi %1 risultati; digita altro per restringere la ricerca.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="135"/>
        <source>%1 found.</source>
        <translation>%1 trovati.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="22"/>
        <source>Only me</source>
        <translation>Solo io</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="23"/>
        <source>My mentees</source>
        <translation>I venditori che seguo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="24"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="26"/>
        <source>Attainment: %1 of a %2 quota</source>
        <translation>Raggiungimento: %1 di un obiettivo di %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="27"/>
        <source>No quota this month: no attainment</source>
        <translation>Nessun obiettivo questo mese: nessun raggiungimento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="28"/>
        <source>Credited sales: %1 (returns %2)</source>
        <translation>Vendite attribuite: %1 (resi %2)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="29"/>
        <source>Commission so far: %1 · pay so far: %2</source>
        <translation>Provvigione maturata: %1 · compenso maturato: %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="30"/>
        <source>Next tier: %1 from %2 of quota, %3 more to reach it</source>
        <translation>Prossimo scaglione: %1 dal %2 dell&apos;obiettivo, mancano %3 per raggiungerlo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="32"/>
        <source>Top tier reached</source>
        <translation>Scaglione massimo raggiunto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="33"/>
        <source>Working days left: %1</source>
        <translation>Giorni lavorativi rimanenti: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="35"/>
        <source>%1 is open (live figures)</source>
        <translation>%1 è aperto (dati in tempo reale)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="36"/>
        <source>%1 closed by %2 on %3 (frozen figures)</source>
        <translation>%1 chiuso da %2 il %3 (dati congelati)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="39"/>
        <source>%1 was already closed by %2 on %3: nothing changed.</source>
        <translation>%1 era già stato chiuso da %2 il %3: nessuna modifica.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="41"/>
        <source>%1 reopened: figures are live again.</source>
        <translation>%1 riaperto: i dati sono di nuovo in tempo reale.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="44"/>
        <source>Reps now see each other&apos;s figures.</source>
        <translation>Ora i venditori vedono i dati dei colleghi.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="45"/>
        <source>Reps now see only their own figures (seniors: their mentees&apos;).</source>
        <translation>Ora i venditori vedono solo i propri dati (i senior anche quelli dei venditori che seguono).</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="47"/>
        <source>Select a rep in the leaderboard first.</source>
        <translation>Prima seleziona un venditore nella classifica.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="49"/>
        <source>Credited sales per working day</source>
        <translation>Vendite attribuite per giorno lavorativo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="50"/>
        <source>Credited (solid)</source>
        <translation>Attribuite (linea continua)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="51"/>
        <source>Pace to quota (dashed)</source>
        <translation>Ritmo per l&apos;obiettivo (tratteggiata)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="53"/>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="54"/>
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/common/plurals.py" line="54"/>
        <source>%1 closed: %n reps&apos; figures frozen.</source>
        <translation>
            <numerusform>%1 chiuso: dati di %n venditore congelati.</numerusform>
            <numerusform>%1 chiuso: dati di %n venditori congelati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/common/plurals.py" line="55"/>
        <source>%n reps exported to %1.</source>
        <translation>
            <numerusform>%n venditore esportato in %1.</numerusform>
            <numerusform>%n venditori esportati in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/common/plurals.py" line="56"/>
        <source>%n statements saved in %1.</source>
        <translation>
            <numerusform>%n rendiconto salvato in %1.</numerusform>
            <numerusform>%n rendiconti salvati in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="76"/>
        <source>&amp;Month:</source>
        <translation>&amp;Mese:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="119"/>
        <source>&amp;Close month…</source>
        <translation>C&amp;hiudi mese…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="121"/>
        <source>&amp;Reopen month…</source>
        <translation>Ria&amp;pri mese…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="129"/>
        <source>&amp;Quotas…</source>
        <translation>O&amp;biettivi…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="78"/>
        <source>Sho&amp;w:</source>
        <translation>Mostr&amp;a:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="80"/>
        <source>Reps see each other&apos;s figures</source>
        <translation>I venditori vedono i dati dei colleghi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="123"/>
        <source>Stat&amp;ement…</source>
        <translation>Ren&amp;diconto…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="125"/>
        <source>&amp;All statements…</source>
        <translation>T&amp;utti i rendiconti…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="127"/>
        <source>E&amp;xport CSV…</source>
        <translation>Esp&amp;orta CSV…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="131"/>
        <source>Pla&amp;ns…</source>
        <translation>Pia&amp;ni provvigionali…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="201"/>
        <source>Close month</source>
        <translation>Chiudi mese</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="202"/>
        <source>Close %1? Every rep&apos;s figures are frozen for the statements.</source>
        <translation>Chiudere %1? I dati di tutti i venditori vengono congelati per i rendiconti.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="210"/>
        <source>Reopen month</source>
        <translation>Riapri mese</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="211"/>
        <source>Why reopen %1?</source>
        <translation>Perché riaprire %1?</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="218"/>
        <source>Export the month</source>
        <translation>Esporta il mese</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="220"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="231"/>
        <source>Save every statement in</source>
        <translation>Salva tutti i rendiconti in</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="236"/>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="251"/>
        <source>Commission statement</source>
        <translation>Rendiconto provvigioni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="241"/>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/panel.py" line="242"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DeliveredDialog</name>
    <message>
        <location filename="../../counterapp/ui/queue/dialogs.py" line="54"/>
        <source>Mark as delivered</source>
        <translation>Segna come consegnato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/dialogs.py" line="55"/>
        <source>Delivered: %1</source>
        <translation>Consegnato: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/dialogs.py" line="64"/>
        <source>Delivered at</source>
        <translation>Consegnato il</translation>
    </message>
</context>
<context>
    <name>DeliveryCheckDialog</name>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="77"/>
        <source>Late deliveries</source>
        <translation>Consegne in ritardo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="44"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="45"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="47"/>
        <source>Promised</source>
        <translation>Data promessa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="50"/>
        <source>Days late</source>
        <translation>Giorni di ritardo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="52"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="54"/>
        <source>Method</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="56"/>
        <source>Rep</source>
        <translation>Venditore</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="84"/>
        <source>Create follow-up tasks (Ctrl+T)</source>
        <translation>Crea attività di ricontatto (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_reports.py" line="35"/>
        <source>No late deliveries.</source>
        <translation>Nessuna consegna in ritardo.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_reports.py" line="36"/>
        <source>%1 late orders: %2 new follow-up tasks, %3 already existed.</source>
        <translation>%1 ordini in ritardo: %2 nuove attività di ricontatto, %3 già esistenti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/common/plurals.py" line="46"/>
        <source>%n orders are past their promised date.</source>
        <translation>
            <numerusform>%n ordine ha superato la data promessa.</numerusform>
            <numerusform>%n ordini hanno superato la data promessa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="59"/>
        <source>Deliver the order</source>
        <translation>Consegna dell&apos;ordine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="79"/>
        <source>Courier service</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="80"/>
        <source>Our own van (in-house)</source>
        <translation>Nostro furgone (mezzo proprio)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="81"/>
        <source>On a &amp;requested date:</source>
        <translation>In una &amp;data richiesta:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="92"/>
        <source>R&amp;ush (today or the earliest possible)</source>
        <translation>&amp;Urgente (oggi o prima possibile)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="114"/>
        <source>Continue to payment (Enter)</source>
        <translation>Procedi all&apos;incasso (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="118"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="123"/>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="124"/>
        <source>Reci&amp;pient:</source>
        <translation>Des&amp;tinatario:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="125"/>
        <source>&amp;Street:</source>
        <translation>&amp;Via:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="130"/>
        <source>Postcode, city, province:</source>
        <translation>CAP, città, provincia:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="131"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fono:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="132"/>
        <source>&amp;Method:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="141"/>
        <source>Promised:</source>
        <translation>Consegna promessa:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="143"/>
        <source>Parc&amp;els:</source>
        <translation>&amp;Colli:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="144"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="181"/>
        <source>Another address (type it below)</source>
        <translation>Altro indirizzo (scrivilo sotto)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="227"/>
        <source>Earliest: %1</source>
        <translation>Prima data possibile: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="249"/>
        <source>Delivery on {promised} is possible.</source>
        <translation>La consegna il {promised} è possibile.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="250"/>
        <source>{target} falls on a weekend: no deliveries at weekends.</source>
        <translation>Il {target} cade nel fine settimana: nel fine settimana non si consegna.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="252"/>
        <source>{target} is a public holiday ({holiday}): no deliveries.</source>
        <translation>Il {target} è festivo ({holiday}): nessuna consegna.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="254"/>
        <source>Today is not a working day: the goods leave on {ship_day}.</source>
        <translation>Oggi non è un giorno lavorativo: la merce parte il {ship_day}.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="256"/>
        <source>Ordered at {time}, after the {cutoff} cut-off: the goods leave on {ship_day}.</source>
        <translation>Ordinato alle {time}, dopo l&apos;orario limite delle {cutoff}: la merce parte il {ship_day}.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="258"/>
        <source>{driver} is fully booked ({capacity} stops) on {full_days}.</source>
        <translation>{driver} è al completo ({capacity} fermate): {full_days}.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="260"/>
        <source>{carrier} takes {transit_days} working day(s) in transit from {ship_day}.</source>
        <translation>{carrier}: transito di {transit_days} gg lavorativi dal {ship_day}.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="262"/>
        <source>{driver} has no free stop in the next {days} days.</source>
        <translation>{driver} non ha fermate libere nei prossimi {days} giorni.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="271"/>
        <source>The rush cannot be met. {reason} Earliest delivery: {promised}.</source>
        <translation>L&apos;urgenza non è possibile. {reason} Prima consegna possibile: {promised}.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="278"/>
        <source>Type the street and the city of the delivery.</source>
        <translation>Inserisci la via e la città di consegna.</translation>
    </message>
</context>
<context>
    <name>DeviceActions</name>
    <message>
        <location filename="../../counterapp/ui/devices/actions.py" line="36"/>
        <source>&amp;Daily closure (Z)…</source>
        <translation>&amp;Chiusura giornaliera (Z)…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/devices/actions.py" line="39"/>
        <source>Open &amp;drawer…</source>
        <translation>&amp;Apri cassetto…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/devices/actions.py" line="49"/>
        <location filename="../../counterapp/ui/devices/actions.py" line="82"/>
        <source>Daily closure (Z)</source>
        <translation>Chiusura giornaliera (Z)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/devices/actions.py" line="50"/>
        <source>Print the daily closure (Z report) on the fiscal printer now? It closes the fiscal day.</source>
        <translation>Stampare ora la chiusura giornaliera (rapporto Z) sulla stampante fiscale? Chiude la giornata fiscale.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/devices/actions.py" line="57"/>
        <source>Open drawer</source>
        <translation>Apri cassetto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/devices/actions.py" line="58"/>
        <source>Why is the drawer opened without a sale?</source>
        <translation>Perché si apre il cassetto senza una vendita?</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/devices/actions.py" line="65"/>
        <source>CounterApp</source>
        <translation>CounterApp</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/devices/actions.py" line="77"/>
        <source>Daily closure done: Z %1 on %2.</source>
        <translation>Chiusura giornaliera eseguita: Z %1 del %2.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/devices/actions.py" line="107"/>
        <source>The drawer is open.</source>
        <translation>Il cassetto è aperto.</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../counterapp/ui/settings/devices_tab.py" line="38"/>
        <source>pdf · escpos:tcp://HOST:9100 · escpos:usb:VID:PID · escpos:serial:/dev/ttyUSB0 · escpos:file:/dev/usb/lp0 · epson-rt:http://HOST</source>
        <translation>pdf · escpos:tcp://HOST:9100 · escpos:usb:VID:PID · escpos:serial:/dev/ttyUSB0 · escpos:file:/dev/usb/lp0 · epson-rt:http://HOST</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/devices_tab.py" line="53"/>
        <source>Test &amp;print</source>
        <translation>&amp;Stampa di prova</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/devices_tab.py" line="68"/>
        <source>Printing a test page…</source>
        <translation>Stampa della pagina di prova…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/devices_tab.py" line="75"/>
        <source>The PDF receipt is used: print one with Ctrl+P after a sale.</source>
        <translation>Si usa lo scontrino PDF: stampalo con Ctrl+P dopo una vendita.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/devices_tab.py" line="77"/>
        <source>Test page sent to %1.</source>
        <translation>Pagina di prova inviata a %1.</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="36"/>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="40"/>
        <source>&amp;Line: %1</source>
        <translation>&amp;Riga: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="43"/>
        <source>Whole &amp;cart</source>
        <translation>Tutto il &amp;carrello</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="49"/>
        <source>e.g. 10 or 7,5</source>
        <translation>es. 10 o 7,5</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="53"/>
        <source>Your limit: %1 — above it a senior approves with their PIN.</source>
        <translation>Il tuo limite: %1 — oltre, autorizza un venditore senior con il suo PIN.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="56"/>
        <source>Apply (Enter)</source>
        <translation>Applica (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="60"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="66"/>
        <source>&amp;Percent:</source>
        <translation>&amp;Percentuale:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="91"/>
        <source>Type a percentage between 0 and 100.</source>
        <translation>Inserisci una percentuale tra 0 e 100.</translation>
    </message>
</context>
<context>
    <name>FindQuotesDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="122"/>
        <source>Find quote</source>
        <translation>Cerca preventivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="125"/>
        <source>Quote number or customer name</source>
        <translation>Numero preventivo o nome cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="45"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="46"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="49"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="51"/>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="54"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="56"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="134"/>
        <source>Sell at quoted prices (Enter)</source>
        <translation>Vendi ai prezzi del preventivo (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="138"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="33"/>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="35"/>
        <source>sold</source>
        <translation>venduto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="31"/>
        <source>expired</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="48"/>
        <source>walk-in</source>
        <translation>cliente al banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="175"/>
        <source>No quotes found.</source>
        <translation>Nessun preventivo trovato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="183"/>
        <source>Quote %1 was already sold.</source>
        <translation>Il preventivo %1 è già stato venduto.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="186"/>
        <source>Quote %1 has expired; make a new one.</source>
        <translation>Il preventivo %1 è scaduto; creane uno nuovo.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../counterapp/ui/login.py" line="108"/>
        <source>Welcome to CounterApp</source>
        <translation>Benvenuto in CounterApp</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="121"/>
        <source>&amp;Login:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="122"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Nome e cognome:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="123"/>
        <source>&amp;PIN (4–8 digits):</source>
        <translation>&amp;PIN (4–8 cifre):</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="124"/>
        <source>PIN &amp;again:</source>
        <translation>&amp;Ripeti PIN:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="130"/>
        <source>There are no users yet. Create the shop&apos;s manager: they can then add the other staff.</source>
        <translation>Non ci sono ancora utenti. Crea il responsabile del negozio: potrà poi aggiungere gli altri collaboratori.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="140"/>
        <source>The two PINs differ.</source>
        <translation>I due PIN non coincidono.</translation>
    </message>
</context>
<context>
    <name>FiscalBar</name>
    <message>
        <location filename="../../counterapp/ui/counter/fiscal_bar.py" line="20"/>
        <source>&amp;Retry fiscal document</source>
        <translation>Ri&amp;prova documento commerciale</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="114"/>
        <source>Handover note for %1</source>
        <translation>Nota di passaggio per %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="120"/>
        <source>What should they know?</source>
        <translation>Cosa deve sapere?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="31"/>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="35"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="32"/>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="36"/>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="33"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="34"/>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="37"/>
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="59"/>
        <source>Import and export</source>
        <translation>Importa ed esporta</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="68"/>
        <source>A CSV file (UTF-8, comma-separated, header)</source>
        <translation>Un file CSV (UTF-8, separato da virgole, con intestazione)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="69"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="71"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="74"/>
        <source>Import &amp;valid rows only</source>
        <translation>Importa solo le righe &amp;valide</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="85"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="103"/>
        <source>&amp;Since</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="107"/>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="110"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="118"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="130"/>
        <source>Choose a CSV file</source>
        <translation>Scegli un file CSV</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="131"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="143"/>
        <source>Choose a file first.</source>
        <translation>Scegli prima un file.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="157"/>
        <source>Reading and checking the file…</source>
        <translation>Lettura e controllo del file…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="212"/>
        <source>%n rows written to %1</source>
        <translation>
            <numerusform>%n riga scritta in %1</numerusform>
            <numerusform>%n righe scritte in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="153"/>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="160"/>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="168"/>
        <source>%1 of %2 rows imported: %3 created, %4 updated.</source>
        <translation>%1 righe su %2 importate: %3 create, %4 aggiornate.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="175"/>
        <source>Nothing was imported: %1 problems; %2 of %3 rows are valid.</source>
        <translation>Non è stato importato nulla: %1 problemi; %2 righe su %3 sono valide.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="180"/>
        <source>The file has no rows to import.</source>
        <translation>Il file non ha righe da importare.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="186"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annullato: non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="194"/>
        <source>Export to CSV</source>
        <translation>Esporta in CSV</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="195"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="207"/>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="221"/>
        <source>Price and availability</source>
        <translation>Prezzo e disponibilità</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="225"/>
        <source>Product name, SKU or barcode – Enter</source>
        <translation>Nome prodotto, SKU o codice a barre – Invio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="204"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="205"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="207"/>
        <source>Price for this customer</source>
        <translation>Prezzo per questo cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="209"/>
        <source>Stock</source>
        <translation>Giacenza</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/phone/dialogs.py" line="255"/>
        <source>%n products</source>
        <translation>
            <numerusform>%n prodotto</numerusform>
            <numerusform>%n prodotti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="192"/>
        <source> VAT incl.</source>
        <translation> IVA incl.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="193"/>
        <source> + VAT</source>
        <translation> + IVA</translation>
    </message>
</context>
<context>
    <name>KeyCard</name>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="22"/>
        <source>Search or scan a product</source>
        <translation>Cerca o scansiona un prodotto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="23"/>
        <source>Into the results / add the product</source>
        <translation>Vai ai risultati / aggiungi il prodotto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="24"/>
        <source>One more of the cart line</source>
        <translation>Uno in più sulla riga del carrello</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="25"/>
        <source>One less of the cart line</source>
        <translation>Uno in meno sulla riga del carrello</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="26"/>
        <source>Type a quantity, then * to set it</source>
        <translation>Digita una quantità, poi * per impostarla</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="27"/>
        <source>Remove the cart line</source>
        <translation>Elimina la riga del carrello</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="28"/>
        <source>Clear the search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="31"/>
        <source>Caller&apos;s number</source>
        <translation>Numero del chiamante</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="32"/>
        <source>Take the call</source>
        <translation>Rispondi alla chiamata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="35"/>
        <source>Search the queue</source>
        <translation>Cerca nella coda</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="36"/>
        <source>Into the orders</source>
        <translation>Vai agli ordini</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="39"/>
        <source>The leaderboard</source>
        <translation>La classifica</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="40"/>
        <source>Show that rep&apos;s month</source>
        <translation>Mostra il mese di quel venditore</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="43"/>
        <source>Counter keys</source>
        <translation>Tasti del banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="44"/>
        <source>Phone keys</source>
        <translation>Tasti del telefono</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="45"/>
        <source>Dashboard keys</source>
        <translation>Tasti della dashboard</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="46"/>
        <source>Shipping queue keys</source>
        <translation>Tasti della coda spedizioni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="48"/>
        <source>This card</source>
        <translation>Questa scheda</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="49"/>
        <source>Counter / phone / queue</source>
        <translation>Banco / telefono / coda</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="50"/>
        <source>Dashboard: my month, leaderboard</source>
        <translation>Dashboard: il mio mese, classifica</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="51"/>
        <source>Find a customer</source>
        <translation>Cerca un cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/help/key_card.py" line="52"/>
        <source>Lock, switch user</source>
        <translation>Blocca, cambia utente</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <location filename="../../counterapp/ui/dashboard/leaderboard_model.py" line="16"/>
        <source>no quota</source>
        <translation>nessun obiettivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/leaderboard_model.py" line="17"/>
        <source>none delivered</source>
        <translation>nessuna consegna</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/leaderboard_model.py" line="43"/>
        <source>Rep</source>
        <translation>Venditore</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/leaderboard_model.py" line="46"/>
        <source>Attainment</source>
        <translation>Raggiungimento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/leaderboard_model.py" line="48"/>
        <source>Credited sales</source>
        <translation>Vendite attribuite</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/leaderboard_model.py" line="50"/>
        <source>Margin</source>
        <translation>Margine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/leaderboard_model.py" line="52"/>
        <source>New accounts</source>
        <translation>Nuovi clienti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/leaderboard_model.py" line="54"/>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/leaderboard_model.py" line="56"/>
        <source>On time</source>
        <translation>Puntualità</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/leaderboard_model.py" line="58"/>
        <source>Commission</source>
        <translation>Provvigione</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../counterapp/ui/login.py" line="41"/>
        <source>CounterApp – log in</source>
        <translation>CounterApp – accesso</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="55"/>
        <source>&amp;Log in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="64"/>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="65"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="67"/>
        <source>Log in with your user name and PIN</source>
        <translation>Accedi con nome utente e PIN</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="93"/>
        <source>This user is locked after too many wrong PINs. Ask a manager to unlock it.</source>
        <translation>Utente bloccato dopo troppi PIN errati. Chiedi a un responsabile di sbloccarlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/login.py" line="96"/>
        <source>Wrong user or PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>Utente o PIN errato. Riprova tra %n secondo.</numerusform>
            <numerusform>Utente o PIN errato. Riprova tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="98"/>
        <source>Wrong user or PIN.</source>
        <translation>Utente o PIN errato.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="73"/>
        <source>CounterApp</source>
        <translation>CounterApp</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="137"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="138"/>
        <source>&amp;Switch user</source>
        <translation>&amp;Cambia utente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="143"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="146"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="147"/>
        <source>&amp;Counter</source>
        <translation>&amp;Banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="148"/>
        <location filename="../../counterapp/ui/main_window.py" line="166"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="149"/>
        <source>Shipping &amp;queue</source>
        <translation>&amp;Coda spedizioni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="158"/>
        <source>&amp;Sale</source>
        <translation>V&amp;endita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="83"/>
        <source>Locked. Log in to go on (Ctrl+L).</source>
        <translation>Postazione bloccata. Accedi per continuare (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="155"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="163"/>
        <source>Cart &amp;keys: + − N* Del…</source>
        <translation>&amp;Tasti del carrello: + − N* Del…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="169"/>
        <source>Sh&amp;ipping</source>
        <translation>&amp;Spedizioni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="172"/>
        <source>C&amp;ustomers</source>
        <translation>&amp;Clienti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="175"/>
        <source>&amp;Tools</source>
        <translation>St&amp;rumenti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="179"/>
        <source>S&amp;ettings…</source>
        <translation>Impo&amp;stazioni…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="182"/>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="185"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="188"/>
        <source>Open &amp;log folder</source>
        <translation>Apri cartella dei &amp;log</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="191"/>
        <source>&amp;About CounterApp</source>
        <translation>&amp;Informazioni su CounterApp</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="255"/>
        <source>Settings saved. The language and the database change at the next start.</source>
        <translation>Impostazioni salvate. La lingua e il database cambiano al prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="259"/>
        <source>About CounterApp</source>
        <translation>Informazioni su CounterApp</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="260"/>
        <source>CounterApp %1 – inside-sales counter workstation</source>
        <translation>CounterApp %1 – postazione di vendita al banco e telefonica</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="299"/>
        <source>Locked – log in</source>
        <translation>Bloccato – accedi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="301"/>
        <source>User: %1 (%2)</source>
        <translation>Utente: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="24"/>
        <source>The disk is full: nothing was saved. Free some space (or call your technician) and try again.</source>
        <translation>Il disco è pieno: non è stato salvato nulla. Libera spazio (o chiama il tecnico) e riprova.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="26"/>
        <source>The database file cannot be read or written (disk or permissions): nothing was saved.</source>
        <translation>Il file del database non può essere letto o scritto (disco o permessi): non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="28"/>
        <source>The database can only be read now: nothing was saved.</source>
        <translation>Il database ora è in sola lettura: non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="30"/>
        <source>The database file is damaged: nothing was saved. Restore the latest backup.</source>
        <translation>Il file del database è danneggiato: non è stato salvato nulla. Ripristina l&apos;ultimo backup.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="32"/>
        <source>The database file was deleted or replaced while CounterApp was running: nothing was saved. Restart CounterApp.</source>
        <translation>Il file del database è stato eliminato o sostituito mentre CounterApp era in esecuzione: non è stato salvato nulla. Riavvia CounterApp.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="37"/>
        <source>Database unreachable, retrying…</source>
        <translation>Database non raggiungibile, nuovo tentativo…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="54"/>
        <source>No database found</source>
        <translation>Nessun database trovato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="55"/>
        <source>There is no CounterApp database at
%1

Create a new, empty shop there, or quit and check the path?</source>
        <translation>Non c&apos;è un database di CounterApp in
%1

Creare lì un nuovo negozio vuoto, oppure uscire e controllare il percorso?</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="58"/>
        <source>Create a new shop here</source>
        <translation>Crea qui un nuovo negozio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="60"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="71"/>
        <source>Please check %1: %2</source>
        <translation>Controlla %1: %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="74"/>
        <source>Your role may not do this: ask a manager.</source>
        <translation>Il tuo ruolo non lo consente: chiedi a un responsabile.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="76"/>
        <source>Not allowed: %1</source>
        <translation>Non consentito: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="78"/>
        <source>Not found: %1</source>
        <translation>Non trovato: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="80"/>
        <source>Someone else changed this first: %1</source>
        <translation>Qualcun altro lo ha modificato prima di te: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="82"/>
        <source>Login failed: %1</source>
        <translation>Accesso non riuscito: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="84"/>
        <source>The database is unreachable, nothing was saved: try again in a moment. (%1)</source>
        <translation>Il database non è raggiungibile, non è stato salvato nulla: riprova tra un momento. (%1)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="88"/>
        <source>There is no database at %1.</source>
        <translation>Non c&apos;è nessun database in %1.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="95"/>
        <source>The database is not available: %1</source>
        <translation>Il database non è disponibile: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="98"/>
        <source>Something went wrong (%1). The details are in the log file %2.</source>
        <translation>Si è verificato un problema (%1). I dettagli sono nel file di log %2.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="105"/>
        <source>CounterApp</source>
        <translation>CounterApp</translation>
    </message>
</context>
<context>
    <name>MonthFigure</name>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="17"/>
        <source>%1: %2 of %3 (%4) · %5</source>
        <translation>%1: %2 di %3 (%4) · %5</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="18"/>
        <source>%1: %2, no quota · %3</source>
        <translation>%1: %2, nessun obiettivo · %3</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/texts.py" line="20"/>
        <source>Your month so far. Click for the dashboard.</source>
        <translation>Il tuo mese finora. Fai clic per la dashboard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/common/plurals.py" line="29"/>
        <source>%n working days</source>
        <translation>
            <numerusform>%n giorno lavorativo</numerusform>
            <numerusform>%n giorni lavorativi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MostValuableDialog</name>
    <message>
        <location filename="../../counterapp/ui/customers/value_dialog.py" line="39"/>
        <source>Most valuable customers</source>
        <translation>Clienti più redditizi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/value_dialog.py" line="45"/>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/value_dialog.py" line="46"/>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Aggiorna (F5)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/value_dialog.py" line="57"/>
        <source>Period: last</source>
        <translation>Periodo: ultimi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/value_dialog.py" line="61"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/value_dialog.py" line="76"/>
        <source>Computing…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/customers/value_dialog.py" line="86"/>
        <source>%n customers, %1 net revenue</source>
        <translation>
            <numerusform>%n cliente, %1 di fatturato netto</numerusform>
            <numerusform>%n clienti, %1 di fatturato netto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="76"/>
        <source>New lead</source>
        <translation>Nuovo potenziale cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="84"/>
        <source>Consumer (B2C)</source>
        <translation>Privato (B2C)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="85"/>
        <source>Business (B2B)</source>
        <translation>Azienda (B2B)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="90"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="91"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="92"/>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="93"/>
        <source>&amp;Contact person</source>
        <translation>&amp;Referente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="94"/>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="38"/>
        <source>New user</source>
        <translation>Nuovo utente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="41"/>
        <source>e.g. mrossi</source>
        <translation>es. mrossi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="54"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="63"/>
        <source>&amp;Login:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="64"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="65"/>
        <source>&amp;Role:</source>
        <translation>Ru&amp;olo:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="66"/>
        <source>&amp;PIN (4–8 digits):</source>
        <translation>&amp;PIN (4–8 cifre):</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="67"/>
        <source>PIN &amp;again:</source>
        <translation>&amp;Ripeti PIN:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="68"/>
        <source>&amp;Mentor:</source>
        <translation>&amp;Tutor:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="69"/>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="73"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="86"/>
        <source>The two PINs differ.</source>
        <translation>I due PIN non coincidono.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../counterapp/ui/queue/dialogs.py" line="124"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>OnTimeStats</name>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="32"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="33"/>
        <source>Method</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="34"/>
        <source>Courier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="35"/>
        <source>Driver</source>
        <translation>Autista</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="36"/>
        <source>Rep</source>
        <translation>Venditore</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="37"/>
        <source>Account</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>OnTimeStatsDialog</name>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="98"/>
        <source>On-time delivery</source>
        <translation>Puntualità consegne</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="115"/>
        <source>By</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="117"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="119"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="55"/>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="56"/>
        <source>Delivered</source>
        <translation>Consegnati</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="58"/>
        <source>On time</source>
        <translation>Puntuali</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="60"/>
        <source>Late</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="62"/>
        <source>On-time %</source>
        <translation>% puntuali</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="127"/>
        <source>Export CSV… (Ctrl+S)</source>
        <translation>Esporta CSV… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_reports.py" line="38"/>
        <source>Counting…</source>
        <translation>Conteggio in corso…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="73"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_reports.py" line="39"/>
        <source>%1 delivered, %2 on time (%3 %)</source>
        <translation>%1 consegnati, %2 puntuali (%3 %)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="162"/>
        <source>Export on-time delivery</source>
        <translation>Esporta puntualità consegne</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="163"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_reports.py" line="40"/>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../counterapp/ui/operation.py" line="249"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>PanelArea</name>
    <message>
        <location filename="../../counterapp/ui/window_layout.py" line="28"/>
        <source>Counter (F2)</source>
        <translation>Banco (F2)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/window_layout.py" line="29"/>
        <source>Phone (F3)</source>
        <translation>Telefono (F3)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/window_layout.py" line="30"/>
        <source>Queue (F4)</source>
        <translation>Coda (F4)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/window_layout.py" line="31"/>
        <source>Dashboard (F5)</source>
        <translation>Dashboard (F5)</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="63"/>
        <source>Parked sales</source>
        <translation>Vendite sospese</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="37"/>
        <source>Parked by</source>
        <translation>Sospesa da</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="38"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="40"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="41"/>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="43"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="72"/>
        <source>Resume (Enter)</source>
        <translation>Riprendi (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="76"/>
        <source>Discard (Del)</source>
        <translation>Elimina (Del)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="80"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="27"/>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="127"/>
        <source>walk-in</source>
        <translation>cliente al banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="108"/>
        <source>No parked sales.</source>
        <translation>Nessuna vendita sospesa.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="125"/>
        <source>Discard parked sale</source>
        <translation>Elimina vendita sospesa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="126"/>
        <source>Throw away the parked sale of %1 (%2)?</source>
        <translation>Eliminare la vendita sospesa di %1 (%2)?</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="70"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="83"/>
        <source>Amount (empty: the rest)</source>
        <translation>Importo (vuoto: il rimanente)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="106"/>
        <source>Available credit: %1</source>
        <translation>Fido disponibile: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="109"/>
        <source>Only business customers pay on account</source>
        <translation>Solo i clienti azienda possono pagare a credito</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="122"/>
        <source>Del removes the selected payment</source>
        <translation>Del elimina il pagamento selezionato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="138"/>
        <source>Confirm payment (Enter)</source>
        <translation>Conferma pagamento (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="146"/>
        <source>A delivery may be paid on delivery: confirm what is paid now</source>
        <translation>Una consegna può essere pagata alla consegna: conferma quanto viene pagato ora</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="153"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="161"/>
        <source>To pay:</source>
        <translation>Da pagare:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="163"/>
        <source>&amp;Tendered:</source>
        <translation>Importo &amp;ricevuto:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="182"/>
        <source>Change:</source>
        <translation>Resto:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="237"/>
        <source>Still to pay: %1</source>
        <translation>Ancora da pagare: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="255"/>
        <source>Cash handed over: take it and finish the sale</source>
        <translation>Importo consegnato dal cliente: incassalo e concludi la vendita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="267"/>
        <source>The sale is already paid in full.</source>
        <translation>La vendita è già pagata per intero.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="262"/>
        <source>Only cash can be more than what is due (%1).</source>
        <translation>Solo i contanti possono superare l&apos;importo dovuto (%1).</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="265"/>
        <source>Only business customers pay on account.</source>
        <translation>Solo i clienti azienda possono pagare a credito.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="228"/>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="96"/>
        <source>Cash (Alt+C)</source>
        <translation>Contanti (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="98"/>
        <source>Card (Alt+D)</source>
        <translation>Carta (Alt+D)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="100"/>
        <source>On account (Alt+A)</source>
        <translation>A credito (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="143"/>
        <source>Pay later (Alt+L)</source>
        <translation>Paga alla consegna (Alt+L)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="228"/>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="229"/>
        <source>On account</source>
        <translation>A credito</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="234"/>
        <source>(tendered %1)</source>
        <translation>(ricevuti %1)</translation>
    </message>
</context>
<context>
    <name>PhoneLabels</name>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="8"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="9"/>
        <source>Inquiry</source>
        <translation>Richiesta informazioni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="10"/>
        <source>Account update</source>
        <translation>Aggiornamento anagrafica</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="11"/>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="12"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="16"/>
        <source>Ordered</source>
        <translation>Ordine effettuato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="17"/>
        <source>Information given</source>
        <translation>Informazioni fornite</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="18"/>
        <source>Account updated</source>
        <translation>Anagrafica aggiornata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="19"/>
        <source>Callback requested</source>
        <translation>Richiamata richiesta</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="20"/>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="21"/>
        <source>Voicemail</source>
        <translation>Segreteria telefonica</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="22"/>
        <source>Wrong number</source>
        <translation>Numero errato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="23"/>
        <source>Not interested</source>
        <translation>Non interessato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="27"/>
        <source>Callback</source>
        <translation>Richiamata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="28"/>
        <source>Follow-up</source>
        <translation>Ricontatto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="29"/>
        <source>Standing order</source>
        <translation>Ordine ricorrente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="30"/>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="34"/>
        <source>Inbound</source>
        <translation>In entrata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="35"/>
        <source>Outbound</source>
        <translation>In uscita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="39"/>
        <source>received</source>
        <translation>ricevuto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="40"/>
        <source>being picked</source>
        <translation>in prelievo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="41"/>
        <source>packed</source>
        <translation>imballato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="42"/>
        <source>dispatched</source>
        <translation>spedito</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="43"/>
        <source>delivery failed</source>
        <translation>consegna non riuscita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/labels.py" line="44"/>
        <source>rescheduled</source>
        <translation>riprogrammato</translation>
    </message>
</context>
<context>
    <name>PhoneModels</name>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="34"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="36"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="38"/>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="64"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="40"/>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="66"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="42"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="60"/>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="62"/>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="68"/>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="91"/>
        <source>Rep</source>
        <translation>Venditore</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="69"/>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="72"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="75"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="77"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="78"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="89"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="92"/>
        <source>Inbound</source>
        <translation>In entrata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="94"/>
        <source>Outbound</source>
        <translation>In uscita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="96"/>
        <source>Talk time</source>
        <translation>Tempo di conversazione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="98"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="66"/>
        <source>Caller&apos;s number, then Enter</source>
        <translation>Numero del chiamante, poi Invio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="68"/>
        <source>Take call (Enter)</source>
        <translation>Rispondi (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="230"/>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="82"/>
        <source>No call</source>
        <translation>Nessuna chiamata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="72"/>
        <source>Answer (Ctrl+Shift+A)</source>
        <translation>Accetta (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="74"/>
        <source>Decline (Ctrl+Shift+X)</source>
        <translation>Rifiuta (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="90"/>
        <source>Purpose…</source>
        <translation>Motivo…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="98"/>
        <source>Phone order (Ctrl+Shift+O)</source>
        <translation>Ordine telefonico (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="100"/>
        <source>Repeat last order (Ctrl+Shift+R)</source>
        <translation>Ripeti ultimo ordine (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="102"/>
        <source>Price / stock (Ctrl+Shift+I)</source>
        <translation>Prezzo / giacenza (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="104"/>
        <source>Update account…</source>
        <translation>Aggiorna anagrafica…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="105"/>
        <source>Handover note…</source>
        <translation>Nota di passaggio…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="106"/>
        <source>Customer&apos;s calls…</source>
        <translation>Chiamate del cliente…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="108"/>
        <source>New lead… (Ctrl+Shift+N)</source>
        <translation>Nuovo potenziale cliente… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="133"/>
        <source>End of call</source>
        <translation>Fine chiamata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="134"/>
        <source>Outcome… (required)</source>
        <translation>Esito… (obbligatorio)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="138"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="141"/>
        <source>Call back at</source>
        <translation>Richiamare il</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="147"/>
        <source>End call (Ctrl+Shift+E)</source>
        <translation>Termina chiamata (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel_layout.py" line="125"/>
        <source>Resume the parked sale (Ctrl+Shift+U)</source>
        <translation>Riprendi la vendita sospesa (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="121"/>
        <source>&amp;Take call</source>
        <translation>&amp;Rispondi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="122"/>
        <source>&amp;Answer</source>
        <translation>Accetta ch&amp;iamata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="123"/>
        <source>Dec&amp;line</source>
        <translation>Ri&amp;fiuta chiamata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="124"/>
        <source>&amp;End call</source>
        <translation>&amp;Termina chiamata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="125"/>
        <source>Phone &amp;order</source>
        <translation>&amp;Ordine telefonico</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="126"/>
        <source>&amp;Repeat last order</source>
        <translation>Ri&amp;peti ultimo ordine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="128"/>
        <source>&amp;Price / stock</source>
        <translation>Pre&amp;zzo / giacenza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="129"/>
        <source>&amp;New lead</source>
        <translation>&amp;Nuovo potenziale cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="130"/>
        <source>&amp;Dial selected</source>
        <translation>&amp;Chiama selezionato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="131"/>
        <source>Res&amp;ume parked sale</source>
        <translation>Riprendi vendita &amp;sospesa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="133"/>
        <source>Team &amp;calls…</source>
        <translation>Chiamate del t&amp;eam…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="135"/>
        <source>New &amp;campaign…</source>
        <translation>Nuova c&amp;ampagna…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="136"/>
        <source>&amp;Standing orders of the caller…</source>
        <translation>Or&amp;dini ricorrenti del chiamante…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="224"/>
        <source>Missed call: a callback is in your call list</source>
        <translation>Chiamata persa: una richiamata è nel tuo elenco chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="225"/>
        <source>Missed call (logged)</source>
        <translation>Chiamata persa (registrata)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="234"/>
        <source>Ringing: %1</source>
        <translation>Chiamata in arrivo: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/controller_texts.py" line="16"/>
        <source>Finish the current call first (End call).</source>
        <translation>Prima termina la chiamata in corso (Termina chiamata).</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="231"/>
        <source>Inbound call</source>
        <translation>Chiamata in entrata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="232"/>
        <source>Outbound call</source>
        <translation>Chiamata in uscita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/controller_texts.py" line="17"/>
        <source>This customer has no order to repeat.</source>
        <translation>Questo cliente non ha ordini da ripetere.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/controller_texts.py" line="18"/>
        <source>Order %1</source>
        <translation>Ordine %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/controller_texts.py" line="19"/>
        <source>Handover note left for %1</source>
        <translation>Nota di passaggio lasciata per %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/controller_texts.py" line="20"/>
        <source>Choose the outcome of the call before ending it.</source>
        <translation>Scegli l&apos;esito della chiamata prima di terminarla.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/controller_texts.py" line="25"/>
        <source>Missed call from %1: call back</source>
        <translation>Chiamata persa da %1: richiamare</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="227"/>
        <source>Call saved: %1</source>
        <translation>Chiamata salvata: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/controller_texts.py" line="22"/>
        <source>No phone number for %1</source>
        <translation>Nessun numero di telefono per %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/controller_texts.py" line="23"/>
        <source>Calls of %1</source>
        <translation>Chiamate di %1</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="200"/>
        <source>Commission plans</source>
        <translation>Piani provvigionali</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="212"/>
        <source>(one rep)</source>
        <translation>(un solo venditore)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="229"/>
        <source>Bands from a % of quota: rate %, e.g. 0:3;100:5;120:7 (3 % up to quota, 5 % to 120 %, 7 % above)</source>
        <translation>Scaglioni da una % dell&apos;obiettivo: aliquota %, es. 0:3;100:5;120:7 (3 % fino all&apos;obiettivo, 5 % fino al 120 %, 7 % oltre)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="236"/>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="236"/>
        <source>Or r&amp;ep (login):</source>
        <translation>Oppure &amp;venditore (login):</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="238"/>
        <source>&amp;Valid from:</source>
        <translation>Valido &amp;dal:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="239"/>
        <source>&amp;Base pay:</source>
        <translation>&amp;Fisso:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="240"/>
        <source>B&amp;asis:</source>
        <translation>Base di &amp;calcolo:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="240"/>
        <source>&amp;Tiers:</source>
        <translation>Sca&amp;glioni:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="241"/>
        <source>&amp;Quota bonus:</source>
        <translation>&amp;Bonus obiettivo:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="242"/>
        <source>&amp;New-account bonus:</source>
        <translation>Bonus &amp;nuovi clienti:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="247"/>
        <source>Ne&amp;w</source>
        <translation>N&amp;uovo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="249"/>
        <source>&amp;Save plan</source>
        <translation>Salva &amp;piano</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="252"/>
        <source>&amp;Delete plan</source>
        <translation>&amp;Elimina piano</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="255"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="270"/>
        <source>Import plans (role, rep, valid_from, base_pay, basis, tiers, quota_bonus, new_account_bonus):</source>
        <translation>Importa piani (colonne CSV: role, rep, valid_from, base_pay, basis, tiers, quota_bonus, new_account_bonus):</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="313"/>
        <source>Plan saved.</source>
        <translation>Piano salvato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="323"/>
        <source>Plan deleted.</source>
        <translation>Piano eliminato.</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_model.py" line="11"/>
        <source>net sales</source>
        <translation>vendite nette</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_model.py" line="12"/>
        <source>gross margin</source>
        <translation>margine lordo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_model.py" line="29"/>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_model.py" line="30"/>
        <source>Valid from</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_model.py" line="32"/>
        <source>Base pay</source>
        <translation>Fisso</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_model.py" line="34"/>
        <source>Basis</source>
        <translation>Base di calcolo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_model.py" line="35"/>
        <source>Tiers</source>
        <translation>Scaglioni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_model.py" line="36"/>
        <source>Quota bonus</source>
        <translation>Bonus obiettivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_model.py" line="38"/>
        <source>New-account bonus</source>
        <translation>Bonus nuovi clienti</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../counterapp/ui/common/print_preview.py" line="194"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Riduci (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/print_preview.py" line="198"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ingrandisci (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/print_preview.py" line="201"/>
        <source>Fit width</source>
        <translation>Adatta alla larghezza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/print_preview.py" line="207"/>
        <source>Print… (Ctrl+P)</source>
        <translation>Stampa… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/print_preview.py" line="212"/>
        <source>Save as PDF… (Ctrl+S)</source>
        <translation>Salva come PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/print_preview.py" line="216"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/print_preview.py" line="249"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="43"/>
        <source>Order slip</source>
        <translation>Distinta di prelievo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="44"/>
        <source>Packing slip</source>
        <translation>Documento di imballo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="45"/>
        <source>Delivery note (DDT)</source>
        <translation>Documento di trasporto (DDT)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="46"/>
        <source>Receipt</source>
        <translation>Scontrino</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="47"/>
        <source>Quote</source>
        <translation>Preventivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="48"/>
        <source>Courier manifest</source>
        <translation>Distinta corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="49"/>
        <source>Driver&apos;s run sheet</source>
        <translation>Distinta consegne autista</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="99"/>
        <location filename="../../counterapp/ui/common/printing.py" line="221"/>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="100"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="159"/>
        <source>Preparing %1…</source>
        <translation>Preparazione in corso: %1…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="180"/>
        <source>&amp;Print</source>
        <translation>&amp;Stampa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="183"/>
        <source>Order &amp;slip…</source>
        <translation>Distinta di &amp;prelievo…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="184"/>
        <source>&amp;Packing slip…</source>
        <translation>Documento di &amp;imballo…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="185"/>
        <source>&amp;Delivery note (DDT)…</source>
        <translation>Documento di &amp;trasporto (DDT)…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="187"/>
        <source>&amp;Receipt…</source>
        <translation>&amp;Scontrino…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="188"/>
        <source>&amp;Quote…</source>
        <translation>Pre&amp;ventivo…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="222"/>
        <source>The PDF could not be saved: %1</source>
        <translation>Impossibile salvare il PDF: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="224"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="233"/>
        <source>Print %1</source>
        <translation>Stampa %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="250"/>
        <source>Printing failed</source>
        <translation>Stampa non riuscita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="251"/>
        <source>%1 %2 was not printed on %3.</source>
        <translation>Stampa di %1 %2 non riuscita su %3.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="254"/>
        <source>Choose another printer or save the PDF to print it later.</source>
        <translation>Scegli un&apos;altra stampante o salva il PDF per stamparlo più tardi.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="256"/>
        <source>Another printer…</source>
        <translation>Altra stampante…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="258"/>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="260"/>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="330"/>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="381"/>
        <source>Printing %1…</source>
        <translation>Stampa in corso: %1…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="381"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="428"/>
        <source>Printing</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="428"/>
        <source>%1 printed, %2 not printed:</source>
        <translation>%1 stampati, %2 non stampati:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/print_preview.py" line="81"/>
        <source>default printer</source>
        <translation>stampante predefinita</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="37"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="38"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="39"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="40"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="41"/>
        <source>Requested</source>
        <translation>Data richiesta</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="42"/>
        <source>Promised</source>
        <translation>Data promessa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="43"/>
        <source>Rush</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="44"/>
        <source>Method</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="45"/>
        <source>Carrier / driver</source>
        <translation>Vettore / autista</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="46"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="47"/>
        <source>Age</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="48"/>
        <source>Late</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="18"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="19"/>
        <source>Picking</source>
        <translation>In prelievo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="20"/>
        <source>Packed</source>
        <translation>Imballato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="21"/>
        <source>Dispatched</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="22"/>
        <source>Delivered</source>
        <translation>Consegnati</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="23"/>
        <source>Delivery failed</source>
        <translation>Consegna non riuscita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="24"/>
        <source>Rescheduled</source>
        <translation>Riprogrammato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="25"/>
        <source>Returned</source>
        <translation>Reso</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="26"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="52"/>
        <source>Courier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="53"/>
        <source>In-house</source>
        <translation>Mezzo proprio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="56"/>
        <source>Counter</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="57"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="58"/>
        <source>Standing</source>
        <translation>Ricorrente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="264"/>
        <source>Walk-in customer</source>
        <translation>Cliente al banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="276"/>
        <source>RUSH</source>
        <translation>URGENTE</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="276"/>
        <source>RUSH – not possible</source>
        <translation>URGENTE – non possibile</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="284"/>
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="286"/>
        <source>LATE</source>
        <translation>IN RITARDO</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="304"/>
        <source>Rush not possible: %1</source>
        <translation>Urgenza non possibile: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="306"/>
        <source>Past its promised date</source>
        <translation>Oltre la data promessa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="308"/>
        <source>Tracking: %1</source>
        <translation>Tracciamento: %1</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="65"/>
        <source>Order, customer, tracking no.</source>
        <translation>Ordine, cliente, n. tracciamento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="66"/>
        <source>Order no., customer or tracking no. – scan a slip and press Enter; Down goes to the table</source>
        <translation>N. ordine, cliente o n. di tracciamento – scansiona una distinta e premi Invio; Freccia giù porta alla tabella</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="71"/>
        <source>Open</source>
        <translation>Aperti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="72"/>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="77"/>
        <source>Any method</source>
        <translation>Qualsiasi modalità</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="78"/>
        <source>Courier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="79"/>
        <source>In-house</source>
        <translation>Mezzo proprio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="82"/>
        <source>Rush only</source>
        <translation>Solo urgenti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="84"/>
        <source>Late only</source>
        <translation>Solo in ritardo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="86"/>
        <source>My customers</source>
        <translation>I miei clienti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="123"/>
        <source>Tracking number (one courier order)</source>
        <translation>Numero di tracciamento (un ordine con corriere)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="125"/>
        <source>Dispatch (Ctrl+Shift+S)</source>
        <translation>Spedisci (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="128"/>
        <source>Delivered… (Ctrl+Shift+V)</source>
        <translation>Consegnato… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="131"/>
        <source>Print slips (Ctrl+Shift+P)</source>
        <translation>Stampa distinte (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="135"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="139"/>
        <source>Picking</source>
        <translation>In prelievo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="140"/>
        <source>Packed</source>
        <translation>Imballato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="141"/>
        <source>Delivery failed…</source>
        <translation>Consegna non riuscita…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="142"/>
        <source>Reschedule…</source>
        <translation>Riprogramma…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="143"/>
        <source>Returned to us</source>
        <translation>Rientrato in sede</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="144"/>
        <source>Cancel delivery…</source>
        <translation>Annulla consegna…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="151"/>
        <source>Print packing slips</source>
        <translation>Stampa documenti di imballo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="152"/>
        <source>Print delivery notes (DDT)</source>
        <translation>Stampa documenti di trasporto (DDT)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel_layout.py" line="158"/>
        <source>History…</source>
        <translation>Storico…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="45"/>
        <source>Any carrier or driver</source>
        <translation>Qualsiasi vettore o autista</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="46"/>
        <source>Driver: %1</source>
        <translation>Autista: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="154"/>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="29"/>
        <source>No order %1</source>
        <translation>Nessun ordine %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="33"/>
        <source>Order %1 – %2 – promised %3</source>
        <translation>Ordine %1 – %2 – promesso per il %3</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="34"/>
        <source>Rush not possible: %1</source>
        <translation>Urgenza non possibile: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="35"/>
        <source>A follow-up call to the customer is in %1&apos;s call list.</source>
        <translation>Una chiamata di verifica al cliente è nell&apos;elenco chiamate di %1.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="37"/>
        <source>Tracking: %1</source>
        <translation>Tracciamento: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="42"/>
        <source>Reschedule one order at a time.</source>
        <translation>Riprogramma un ordine alla volta.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="47"/>
        <source>Another queue operation is running: try again in a moment.</source>
        <translation>È in corso un&apos;altra operazione sulla coda: riprova tra un momento.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="49"/>
        <source>%1 printed</source>
        <translation>Stampati: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="50"/>
        <source>%1 printed, %2 not printed: %3</source>
        <translation>Stampati: %1, non stampati: %2: %3</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="41"/>
        <source>Reschedule</source>
        <translation>Riprogramma</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="43"/>
        <source>Why? (shown in the order&apos;s history)</source>
        <translation>Perché? (compare nello storico dell&apos;ordine)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="44"/>
        <source>History of %1</source>
        <translation>Storico di %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="226"/>
        <source>Courier &amp;manifest…</source>
        <translation>Distinta &amp;corriere…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="227"/>
        <source>Driver&apos;s &amp;run sheet…</source>
        <translation>Distinta consegne &amp;autista…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="228"/>
        <source>&amp;Late deliveries check…</source>
        <translation>Controllo consegne in &amp;ritardo…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="230"/>
        <source>&amp;On-time delivery…</source>
        <translation>&amp;Puntualità consegne…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="231"/>
        <source>&amp;Carriers and drivers…</source>
        <translation>&amp;Vettori e autisti…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/view_host.py" line="73"/>
        <source>No tracking number for the courier parcel of %1. Dispatch now and add the number later?</source>
        <translation>Nessun numero di tracciamento per il collo con corriere di %1. Spedire ora e aggiungere il numero dopo?</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/view_host.py" line="76"/>
        <source>No tracking number</source>
        <translation>Nessun numero di tracciamento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/view_host.py" line="79"/>
        <source>Dispatch, number &amp;later</source>
        <translation>Spedisci, numero &amp;dopo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/view_host.py" line="82"/>
        <source>&amp;Type the number</source>
        <translation>&amp;Inserisci il numero</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/view_host.py" line="83"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/common/plurals.py" line="37"/>
        <source>%n orders selected</source>
        <translation>
            <numerusform>%n ordine selezionato</numerusform>
            <numerusform>%n ordini selezionati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/common/plurals.py" line="37"/>
        <source>%n orders dispatched</source>
        <translation>
            <numerusform>%n ordine spedito</numerusform>
            <numerusform>%n ordini spediti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/common/plurals.py" line="38"/>
        <source>%n orders delivered</source>
        <translation>
            <numerusform>%n ordine consegnato</numerusform>
            <numerusform>%n ordini consegnati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/common/plurals.py" line="38"/>
        <source>%n orders: %1</source>
        <translation>
            <numerusform>%n ordine: %1</numerusform>
            <numerusform>%n ordini: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePaperwork</name>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="52"/>
        <source>Manifest</source>
        <translation>Distinta corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="53"/>
        <source>No courier service is set up.</source>
        <translation>Nessun corriere configurato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="54"/>
        <source>Courier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="55"/>
        <source>Run sheet</source>
        <translation>Distinta consegne</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="56"/>
        <source>No in-house driver is set up.</source>
        <translation>Nessun autista interno configurato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/controller_texts.py" line="57"/>
        <source>Driver</source>
        <translation>Autista</translation>
    </message>
</context>
<context>
    <name>QuotasDialog</name>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="119"/>
        <source>Quotas – %1</source>
        <translation>Obiettivi – %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="124"/>
        <source>Rep</source>
        <translation>Venditore</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="124"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="125"/>
        <source>Target (€)</source>
        <translation>Obiettivo (€)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="131"/>
        <source>&amp;Copy last month</source>
        <translation>&amp;Copia dal mese scorso</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="134"/>
        <source>&amp;Save</source>
        <translation>Sal&amp;va</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="137"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="151"/>
        <source>Import quotas (rep, month, target):</source>
        <translation>Importa obiettivi (colonne CSV: rep, month, target):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="180"/>
        <source>%n quotas saved.</source>
        <translation>
            <numerusform>%n obiettivo salvato.</numerusform>
            <numerusform>%n obiettivi salvati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="189"/>
        <source>%n quotas copied from last month.</source>
        <translation>
            <numerusform>%n obiettivo copiato dal mese scorso.</numerusform>
            <numerusform>%n obiettivi copiati dal mese scorso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../counterapp/ui/common/print_preview.py" line="289"/>
        <source>Print a document</source>
        <translation>Stampa un documento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/print_preview.py" line="298"/>
        <source>e.g. V2026-000123 (scan the slip)</source>
        <translation>es. V2026-000123 (scansiona il documento)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/print_preview.py" line="301"/>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/print_preview.py" line="302"/>
        <source>&amp;Order number</source>
        <translation>Numero &amp;ordine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/print_preview.py" line="303"/>
        <source>Preview (Enter)</source>
        <translation>Anteprima (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/print_preview.py" line="307"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../counterapp/ui/queue/dialogs.py" line="87"/>
        <source>Reschedule delivery</source>
        <translation>Riprogramma consegna</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/dialogs.py" line="88"/>
        <source>New delivery date for order %1</source>
        <translation>Nuova data di consegna per l&apos;ordine %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/dialogs.py" line="98"/>
        <source>e.g. customer asked for Thursday</source>
        <translation>es. il cliente ha chiesto giovedì</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/dialogs.py" line="99"/>
        <source>New date</source>
        <translation>Nuova data</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/dialogs.py" line="100"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../counterapp/ui/counter/results_model.py" line="20"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/results_model.py" line="21"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/results_model.py" line="23"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/results_model.py" line="25"/>
        <source>Stock</source>
        <translation>Giacenza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/results_model.py" line="27"/>
        <source>Location</source>
        <translation>Ubicazione</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="81"/>
        <source>Return goods</source>
        <translation>Reso merce</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="84"/>
        <source>Receipt number, e.g. V2026-000123</source>
        <translation>Numero scontrino, es. V2026-000123</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="86"/>
        <source>&amp;Find</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="47"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="48"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="49"/>
        <source>Sold</source>
        <translation>Venduti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="51"/>
        <source>Returned</source>
        <translation>Già reso</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="53"/>
        <source>Line total</source>
        <translation>Totale riga</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="55"/>
        <source>Return</source>
        <translation>Da rendere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="99"/>
        <source>Refund (Ctrl+Enter)</source>
        <translation>Rimborsa (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="105"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="109"/>
        <source>&amp;Receipt:</source>
        <translation>&amp;Scontrino:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="137"/>
        <source>%1 is not a sale.</source>
        <translation>%1 non è una vendita.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="142"/>
        <source>%1 of %2 – %3 – total %4 – paid by %5</source>
        <translation>%1 del %2 – %3 – totale %4 – pagato con %5</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="145"/>
        <source>walk-in</source>
        <translation>cliente al banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="173"/>
        <source>Choose how many to return on at least one line.</source>
        <translation>Indica la quantità da rendere su almeno una riga.</translation>
    </message>
</context>
<context>
    <name>RunsDialog</name>
    <message>
        <location filename="../../counterapp/ui/standing/list_dialog.py" line="30"/>
        <source>Runs of standing order %1</source>
        <translation>Esecuzioni dell&apos;ordine ricorrente %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/list_dialog.py" line="35"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
</context>
<context>
    <name>SaveQuoteDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="71"/>
        <source>Save as quote</source>
        <translation>Salva come preventivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="78"/>
        <source>Save and print (Enter)</source>
        <translation>Salva e stampa (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="82"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="86"/>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valido fino al:</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../counterapp/settings.py" line="42"/>
        <source>Database URL</source>
        <translation>URL del database</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="43"/>
        <source>Language (empty: system)</source>
        <translation>Lingua (vuoto: quella di sistema)</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="45"/>
        <source>Lock the workstation after idle minutes</source>
        <translation>Blocca la postazione dopo minuti di inattività</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="47"/>
        <source>Discount limit of entry-level reps (%)</source>
        <translation>Limite di sconto dei venditori junior (%)</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="49"/>
        <source>Discount limit of senior reps (%)</source>
        <translation>Limite di sconto dei venditori senior (%)</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="51"/>
        <source>Discount limit of account managers (%)</source>
        <translation>Limite di sconto degli account manager (%)</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="53"/>
        <source>Discount limit of managers (%)</source>
        <translation>Limite di sconto dei responsabili (%)</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="55"/>
        <source>Discount a senior rep may approve for others (%)</source>
        <translation>Sconto che un venditore senior può autorizzare ad altri (%)</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="57"/>
        <source>Search delay after a keystroke (ms)</source>
        <translation>Ritardo della ricerca dopo un tasto (ms)</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="58"/>
        <source>Window layout</source>
        <translation>Disposizione della finestra</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="59"/>
        <source>Window position</source>
        <translation>Posizione della finestra</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="60"/>
        <source>Receipt printer</source>
        <translation>Stampante scontrini</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="61"/>
        <source>Printer for slips and notes</source>
        <translation>Stampante per distinte e documenti</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="62"/>
        <source>Receipt paper (80mm or A4)</source>
        <translation>Carta scontrini (80mm o A4)</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="66"/>
        <source>Receipt after a sale</source>
        <translation>Scontrino dopo una vendita</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="68"/>
        <source>Check for other workstations&apos; changes every (ms)</source>
        <translation>Controlla le modifiche delle altre postazioni ogni (ms)</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="71"/>
        <source>Printer for order slips</source>
        <translation>Stampante per distinte di prelievo</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="73"/>
        <source>Printer for packing slips</source>
        <translation>Stampante per documenti di imballo</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="75"/>
        <source>Printer for delivery notes (DDT)</source>
        <translation>Stampante per documenti di trasporto (DDT)</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="76"/>
        <source>Printer for quotes</source>
        <translation>Stampante per preventivi</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="78"/>
        <source>Printer for courier manifests and run sheets</source>
        <translation>Stampante per distinte corriere e consegne autisti</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="82"/>
        <source>Receipt device</source>
        <translation>Dispositivo per gli scontrini</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="84"/>
        <source>Fiscal printer department per VAT rate (VAT:dept)</source>
        <translation>Reparto della stampante fiscale per aliquota IVA (IVA:reparto)</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="85"/>
        <source>Logo on ESC/POS receipts</source>
        <translation>Logo sugli scontrini ESC/POS</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="87"/>
        <source>Customer display (empty: none)</source>
        <translation>Display cliente (vuoto: nessuno)</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="90"/>
        <source>Folder for the automatic daily backups</source>
        <translation>Cartella dei backup giornalieri automatici</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="11"/>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="16"/>
        <source>This workstation</source>
        <translation>Questa postazione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="19"/>
        <source>Printers</source>
        <translation>Stampanti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="22"/>
        <source>Limits and timing</source>
        <translation>Limiti e tempi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="30"/>
        <source>More</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="46"/>
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="49"/>
        <source>Print directly (preview if no printer)</source>
        <translation>Stampa subito (anteprima se manca la stampante)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="50"/>
        <source>Show a preview</source>
        <translation>Mostra un&apos;anteprima</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="51"/>
        <source>None (reprint on request)</source>
        <translation>Nessuno (ristampa su richiesta)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="52"/>
        <source>80 mm roll</source>
        <translation>Rotolo da 80 mm</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="53"/>
        <source>58 mm roll</source>
        <translation>Rotolo da 58 mm</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="59"/>
        <source>Company name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="60"/>
        <source>Address (one line per row)</source>
        <translation>Indirizzo (una voce per riga)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="61"/>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="62"/>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="63"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="64"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/model.py" line="65"/>
        <source>Logo file</source>
        <translation>File del logo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/dialog.py" line="55"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/dialog.py" line="71"/>
        <source>Shop</source>
        <translation>Negozio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/dialog.py" line="72"/>
        <source>Delivery</source>
        <translation>Consegne</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/dialog.py" line="98"/>
        <source>(system default)</source>
        <translation>(predefinita di sistema)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/dialog.py" line="121"/>
        <source>Empty: the database in this user&apos;s data folder</source>
        <translation>Vuoto: il database nella cartella dati di questo utente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/dialog.py" line="123"/>
        <source>&amp;Test</source>
        <translation>&amp;Prova</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/dialog.py" line="154"/>
        <source>Standing orders: confirm this many working days before</source>
        <translation>Ordini ricorrenti: giorni lavorativi di anticipo per la conferma</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/dialog.py" line="156"/>
        <source>&amp;Carriers, drivers and cut-off times…</source>
        <translation>&amp;Vettori, autisti e orari limite…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/dialog.py" line="187"/>
        <source>Opening the database…</source>
        <translation>Apertura del database…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/dialog.py" line="195"/>
        <source>The database opens and is a CounterApp database.</source>
        <translation>Il database si apre ed è un database di CounterApp.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/settings/dialog.py" line="208"/>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <location filename="../../counterapp/ui/staff/actions.py" line="25"/>
        <source>&amp;Users…</source>
        <translation>&amp;Utenti…</translation>
    </message>
</context>
<context>
    <name>StaffModels</name>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="12"/>
        <source>Entry-level rep</source>
        <translation>Venditore junior</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="13"/>
        <source>Senior rep</source>
        <translation>Venditore senior</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="14"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="15"/>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="38"/>
        <source>Login</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="39"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="40"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="41"/>
        <source>Mentor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="42"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="43"/>
        <source>Wrong PINs</source>
        <translation>PIN errati</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="26"/>
        <source>locked</source>
        <translation>bloccato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="28"/>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="29"/>
        <source>inactive</source>
        <translation>non attivo</translation>
    </message>
</context>
<context>
    <name>StandingAutoRun</name>
    <message numerus="yes">
        <location filename="../../counterapp/ui/standing/auto_run.py" line="77"/>
        <source>Standing orders: %n order(s) made.</source>
        <translation>
            <numerusform>Ordini ricorrenti: %n ordine creato.</numerusform>
            <numerusform>Ordini ricorrenti: %n ordini creati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandingConfirm</name>
    <message>
        <location filename="../../counterapp/ui/standing/confirm_controller.py" line="29"/>
        <source>Standing order %1, run of %2: confirmed.</source>
        <translation>Ordine ricorrente %1, esecuzione del %2: confermata.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/confirm_controller.py" line="31"/>
        <source>Standing order %1, run of %2: confirmed with changes (%3).</source>
        <translation>Ordine ricorrente %1, esecuzione del %2: confermata con modifiche (%3).</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/confirm_controller.py" line="33"/>
        <source>Standing order %1 changed; run of %2 confirmed.</source>
        <translation>Ordine ricorrente %1 modificato; esecuzione del %2 confermata.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/confirm_controller.py" line="35"/>
        <source>Standing order %1, run of %2: skipped (%3).</source>
        <translation>Ordine ricorrente %1, esecuzione del %2: saltata (%3).</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/confirm_controller.py" line="38"/>
        <source>standing order changed on the call</source>
        <translation>ordine ricorrente modificato durante la chiamata</translation>
    </message>
</context>
<context>
    <name>StandingConfirmDialog</name>
    <message>
        <location filename="../../counterapp/ui/standing/confirm_dialog.py" line="47"/>
        <source>Standing order %1 – confirm the run of %2</source>
        <translation>Ordine ricorrente %1 – conferma l&apos;esecuzione del %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/confirm_dialog.py" line="50"/>
        <source>%1: %2. Delivery: %3.</source>
        <translation>%1: %2. Consegna: %3.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/confirm_dialog.py" line="64"/>
        <source>&amp;Quantity this time (selected line, 0: not this time):</source>
        <translation>&amp;Quantità questa volta (riga selezionata, 0: non questa volta):</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/confirm_dialog.py" line="76"/>
        <source>Why this run is skipped (required to skip)</source>
        <translation>Perché questa esecuzione viene saltata (obbligatorio per saltarla)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/confirm_dialog.py" line="82"/>
        <source>&amp;Confirm as usual</source>
        <translation>&amp;Conferma come sempre</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/confirm_dialog.py" line="85"/>
        <source>Confirm &amp;with these quantities (this run only)</source>
        <translation>Conferma con queste q&amp;uantità (solo questa volta)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/confirm_dialog.py" line="88"/>
        <source>Change the &amp;standing order…</source>
        <translation>&amp;Modifica l&apos;ordine ricorrente…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/confirm_dialog.py" line="90"/>
        <source>S&amp;kip this run</source>
        <translation>&amp;Salta questa esecuzione</translation>
    </message>
</context>
<context>
    <name>StandingEditor</name>
    <message>
        <location filename="../../counterapp/ui/standing/editor_controller.py" line="39"/>
        <source>Add at least one product.</source>
        <translation>Aggiungi almeno un prodotto.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_controller.py" line="40"/>
        <source>Standing order %1 saved.</source>
        <translation>Ordine ricorrente %1 salvato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_controller.py" line="41"/>
        <source>Standing order %1 is now %2.</source>
        <translation>Ordine ricorrente %1 ora è %2.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_controller.py" line="42"/>
        <source>Save the standing order first.</source>
        <translation>Prima salva l&apos;ordine ricorrente.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_controller.py" line="43"/>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_controller.py" line="44"/>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_controller.py" line="45"/>
        <source>paused</source>
        <translation>sospeso</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_controller.py" line="46"/>
        <source>ended</source>
        <translation>terminato</translation>
    </message>
</context>
<context>
    <name>StandingEditorDialog</name>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="105"/>
        <source>Schedule</source>
        <translation>Pianificazione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="107"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="108"/>
        <source>E&amp;very (weeks or months):</source>
        <translation>O&amp;gni (settimane o mesi):</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="111"/>
        <source>On:</source>
        <translation>Nei giorni:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="112"/>
        <source>&amp;Day of the month:</source>
        <translation>Gi&amp;orno del mese:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="113"/>
        <source>&amp;Starting:</source>
        <translation>A partire &amp;dal:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="114"/>
        <source>In words:</source>
        <translation>In parole:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="115"/>
        <source>Next five runs:</source>
        <translation>Prossime cinque esecuzioni:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="125"/>
        <source>Product: name, SKU or barcode + Enter</source>
        <translation>Prodotto: nome, SKU o codice a barre + Invio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="137"/>
        <source>Remove line</source>
        <translation>Elimina riga</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="150"/>
        <source>Call the customer to &amp;confirm each order</source>
        <translation>&amp;Chiama il cliente per confermare ogni ordine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="161"/>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="165"/>
        <source>&amp;Qty:</source>
        <translation>&amp;Q.tà:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="173"/>
        <source>De&amp;livery:</source>
        <translation>Consegn&amp;a:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="174"/>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="175"/>
        <source>R&amp;ep:</source>
        <translation>V&amp;enditore:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="176"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="193"/>
        <source>&amp;Pause</source>
        <translation>&amp;Sospendi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="195"/>
        <source>Res&amp;ume</source>
        <translation>Ri&amp;prendi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="197"/>
        <source>&amp;End</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="198"/>
        <source>R&amp;uns…</source>
        <translation>Esec&amp;uzioni…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="199"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="200"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>Sal&amp;va (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="203"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="231"/>
        <source>Every N weeks on these days</source>
        <translation>Ogni N settimane in questi giorni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="232"/>
        <source>Every N months on day D</source>
        <translation>Ogni N mesi il giorno G</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="233"/>
        <source>Every N months on the last day</source>
        <translation>Ogni N mesi l&apos;ultimo giorno</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="236"/>
        <source>As written (custom rule)</source>
        <translation>Come scritto (regola personalizzata)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="240"/>
        <source>(the default address)</source>
        <translation>(l&apos;indirizzo predefinito)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="244"/>
        <source>The account manager (%1)</source>
        <translation>L&apos;account manager (%1)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="245"/>
        <source>none: me</source>
        <translation>nessuno: io</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="291"/>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="292"/>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="293"/>
        <source>Standing order %1 – %2</source>
        <translation>Ordine ricorrente %1 – %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="295"/>
        <source>New standing order – %2</source>
        <translation>Nuovo ordine ricorrente – %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="331"/>
        <source>End standing order</source>
        <translation>Termina ordine ricorrente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/editor_dialog.py" line="332"/>
        <source>End this standing order for good? Its history is kept.</source>
        <translation>Terminare definitivamente questo ordine ricorrente? Lo storico viene conservato.</translation>
    </message>
</context>
<context>
    <name>StandingListDialog</name>
    <message>
        <location filename="../../counterapp/ui/standing/list_dialog.py" line="51"/>
        <source>Standing orders – %1</source>
        <translation>Ordini ricorrenti – %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/list_dialog.py" line="63"/>
        <source>&amp;New standing order (Ctrl+N)</source>
        <translation>&amp;Nuovo ordine ricorrente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/list_dialog.py" line="66"/>
        <source>New standing order</source>
        <translation>Nuovo ordine ricorrente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/list_dialog.py" line="69"/>
        <source>&amp;Open (Enter)</source>
        <translation>&amp;Apri (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/list_dialog.py" line="73"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/list_dialog.py" line="82"/>
        <source>Runs of the selected standing order:</source>
        <translation>Esecuzioni dell&apos;ordine ricorrente selezionato:</translation>
    </message>
</context>
<context>
    <name>StandingModels</name>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="17"/>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="18"/>
        <source>paused</source>
        <translation>sospeso</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="19"/>
        <source>ended</source>
        <translation>terminato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="22"/>
        <source>waiting for confirmation</source>
        <translation>in attesa di conferma</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="23"/>
        <source>confirmed</source>
        <translation>confermata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="24"/>
        <source>confirmed with changes</source>
        <translation>confermata con modifiche</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="25"/>
        <source>skipped</source>
        <translation>saltata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="26"/>
        <source>order made</source>
        <translation>ordine creato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="27"/>
        <source>failed</source>
        <translation>non riuscita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="28"/>
        <source>planned</source>
        <translation>pianificata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="31"/>
        <source>Courier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="32"/>
        <source>Our driver</source>
        <translation>Nostro autista</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="33"/>
        <source>The customer collects</source>
        <translation>Ritira il cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="60"/>
        <source>price changed</source>
        <translation>prezzo cambiato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="62"/>
        <source>short of stock</source>
        <translation>giacenza insufficiente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="71"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="72"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="73"/>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="83"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="85"/>
        <source>Schedule</source>
        <translation>Pianificazione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="86"/>
        <source>Next run</source>
        <translation>Prossima esecuzione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="88"/>
        <location filename="../../counterapp/ui/standing/models.py" line="108"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="89"/>
        <source>Call first</source>
        <translation>Chiamare prima</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="90"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="92"/>
        <source>Rep</source>
        <translation>Venditore</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="93"/>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="106"/>
        <source>Run date</source>
        <translation>Data esecuzione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="109"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="110"/>
        <source>Flags</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/standing/models.py" line="111"/>
        <source>Why / note</source>
        <translation>Motivo / nota</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <location filename="../../counterapp/ui/tools_menu.py" line="38"/>
        <source>&amp;Import/Export…</source>
        <translation>&amp;Importa/Esporta…</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="109"/>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="163"/>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="119"/>
        <source>&amp;New user…</source>
        <translation>&amp;Nuovo utente…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="120"/>
        <source>&amp;Reset PIN…</source>
        <translation>&amp;Reimposta PIN…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="121"/>
        <source>&amp;Unlock</source>
        <translation>S&amp;blocca</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="122"/>
        <source>Set &amp;mentor…</source>
        <translation>Imposta &amp;tutor…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="123"/>
        <source>Change r&amp;ole…</source>
        <translation>Cambia ru&amp;olo…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="124"/>
        <source>&amp;Deactivate / reactivate</source>
        <translation>&amp;Disattiva / riattiva</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="131"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="177"/>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="181"/>
        <source>Reset PIN</source>
        <translation>Reimposta PIN</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="177"/>
        <source>New PIN for %1 (4–8 digits):</source>
        <translation>Nuovo PIN per %1 (4–8 cifre):</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="181"/>
        <source>The same PIN again:</source>
        <translation>Ripeti lo stesso PIN:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="186"/>
        <source>the two PINs differ</source>
        <translation>i due PIN non coincidono</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="201"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="205"/>
        <source>Mentor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="205"/>
        <source>Mentor of %1:</source>
        <translation>Tutor di %1:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="219"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="219"/>
        <source>Role of %1:</source>
        <translation>Ruolo di %1:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="232"/>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="233"/>
        <source>Deactivate %1? They will no longer be able to log in.</source>
        <translation>Disattivare %1? Non potrà più accedere.</translation>
    </message>
</context>
<context>
    <name>_CsvImport</name>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="52"/>
        <source>A CSV file (UTF-8, comma-separated, header)</source>
        <translation>Un file CSV (UTF-8, separato da virgole, con intestazione)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="53"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="55"/>
        <source>&amp;Import CSV</source>
        <translation>&amp;Importa CSV</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="72"/>
        <source>Choose a CSV file</source>
        <translation>Scegli un file CSV</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="73"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="81"/>
        <source>Choose a file first.</source>
        <translation>Scegli prima un file.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="86"/>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="91"/>
        <source>%n rows imported.</source>
        <translation>
            <numerusform>%n riga importata.</numerusform>
            <numerusform>%n righe importate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/dashboard/plans_dialogs.py" line="94"/>
        <source>Nothing was imported: %1 problems.</source>
        <translation>Non è stato importato nulla: %1 problemi.</translation>
    </message>
</context>
<context>
    <name>_Editor</name>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="51"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="52"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
</TS>
