<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../counterapp/app.py" line="102"/>
        <source>CounterApp cannot start</source>
        <translation>CounterApp non può avviarsi</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../counterapp/ui/common/approval.py" line="37"/>
        <source>Approval needed</source>
        <translation>Autorizzazione necessaria</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/approval.py" line="38"/>
        <source>This needs a senior&apos;s approval.</source>
        <translation>Serve l&apos;autorizzazione di un venditore senior.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/approval.py" line="50"/>
        <source>&amp;Approve</source>
        <translation>&amp;Autorizza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/approval.py" line="53"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/approval.py" line="59"/>
        <source>Approver &amp;login:</source>
        <translation>&amp;Utente autorizzante:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/approval.py" line="60"/>
        <source>Approver &amp;PIN:</source>
        <translation>&amp;PIN autorizzante:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/approval.py" line="61"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="41"/>
        <location filename="../../counterapp/ui/audit/viewer.py" line="165"/>
        <source>Audit log</source>
        <translation>Registro attività</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="46"/>
        <source>Everybody</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="51"/>
        <source>All actions</source>
        <translation>Tutte le azioni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="54"/>
        <location filename="../../counterapp/ui/audit/viewer.py" line="146"/>
        <source>Any customer…</source>
        <translation>Qualsiasi cliente…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="57"/>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="61"/>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="65"/>
        <source>&amp;Search (Enter)</source>
        <translation>&amp;Cerca (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="69"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="92"/>
        <source>User:</source>
        <translation>Utente:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="94"/>
        <source>Action:</source>
        <translation>Azione:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="106"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="134"/>
        <source>%1 entries</source>
        <translation>%1 voci</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="136"/>
        <source>Newest %1 entries; narrow the filters or export to see all.</source>
        <translation>Ultime %1 voci; restringi i filtri o esporta per vederle tutte.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="154"/>
        <source>Export audit log</source>
        <translation>Esporta registro attività</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="155"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="161"/>
        <source>Exporting the audit log…</source>
        <translation>Esportazione del registro attività…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/viewer.py" line="163"/>
        <source>%1 entries written to %2</source>
        <translation>%1 voci scritte in %2</translation>
    </message>
</context>
<context>
    <name>AuditModels</name>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="16"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="17"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="18"/>
        <source>Approved by</source>
        <translation>Autorizzato da</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="19"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="20"/>
        <source>Record</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="21"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="22"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/audit/models.py" line="23"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>CallHistoryDialog</name>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="53"/>
        <source>Call history</source>
        <translation>Storico chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="57"/>
        <source>Search name, code, number or notes</source>
        <translation>Cerca nome, codice, numero o note</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="60"/>
        <source>All reps</source>
        <translation>Tutti i venditori</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="65"/>
        <source>All outcomes</source>
        <translation>Tutti gli esiti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="76"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="83"/>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="85"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="96"/>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="98"/>
        <source>Daily counts per rep</source>
        <translation>Totali giornalieri per venditore</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="132"/>
        <source>%1 calls</source>
        <translation>%1 chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="139"/>
        <source>Export calls</source>
        <translation>Esporta chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="140"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/history_dialog.py" line="148"/>
        <source>%1 calls exported to %2</source>
        <translation>%1 chiamate esportate in %2</translation>
    </message>
</context>
<context>
    <name>CallListBox</name>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="47"/>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="166"/>
        <source>Call list</source>
        <translation>Elenco chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="60"/>
        <source>Dial (Ctrl+Shift+D)</source>
        <translation>Chiama (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="62"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="63"/>
        <source>Reassign…</source>
        <translation>Riassegna…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="65"/>
        <source>New campaign…</source>
        <translation>Nuova campagna…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="67"/>
        <source>Team calls…</source>
        <translation>Chiamate del team…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="133"/>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="140"/>
        <source>Reassign</source>
        <translation>Riassegna</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="134"/>
        <source>Give this task to:</source>
        <translation>Assegna questa attività a:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_box.py" line="164"/>
        <source>Due now: %1</source>
        <translation>Da fare ora: %1</translation>
    </message>
</context>
<context>
    <name>CallerCardView</name>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="68"/>
        <source>Type or paste the caller&apos;s number and press Enter – or pick a row of the call list and press Dial.</source>
        <translation>Digita o incolla il numero del chiamante e premi Invio, oppure scegli una riga dell&apos;elenco chiamate e premi Chiama.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="80"/>
        <source>Unknown caller: no customer has this number.</source>
        <translation>Chiamante sconosciuto: nessun cliente ha questo numero.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="82"/>
        <source>Create a new lead with this number… (Ctrl+Shift+N)</source>
        <translation>Crea un nuovo potenziale cliente con questo numero… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="89"/>
        <source>Several customers have this number – who is calling?</source>
        <translation>Più clienti hanno questo numero: chi sta chiamando?</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="102"/>
        <source>Business (B2B)</source>
        <translation>Azienda (B2B)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="102"/>
        <source>Consumer (B2C)</source>
        <translation>Privato (B2C)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="105"/>
        <source>LEAD</source>
        <translation>POTENZIALE</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="108"/>
        <source>inactive</source>
        <translation>non attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="117"/>
        <source>Calling</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="118"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="121"/>
        <source>managed by a colleague: leave a handover note</source>
        <translation>seguito da un collega: lascia una nota di passaggio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="124"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="127"/>
        <source>Balance / credit</source>
        <translation>Saldo / fido</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="131"/>
        <source>Price list</source>
        <translation>Listino</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="137"/>
        <source>Standing orders due</source>
        <translation>Ordini ricorrenti in scadenza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="140"/>
        <source> (to confirm)</source>
        <translation> (da confermare)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="144"/>
        <source>Open tasks</source>
        <translation>Attività aperte</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="152"/>
        <source>Last calls</source>
        <translation>Ultime chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="155"/>
        <source>No calls yet.</source>
        <translation>Nessuna chiamata finora.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="171"/>
        <source>Open orders</source>
        <translation>Ordini aperti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="174"/>
        <source>No order on its way.</source>
        <translation>Nessun ordine in consegna.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/caller_card.py" line="181"/>
        <source>late</source>
        <translation>in ritardo</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="151"/>
        <source>New campaign</source>
        <translation>Nuova campagna</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="156"/>
        <source>B2B accounts without an order in the last N days</source>
        <translation>Clienti B2B senza ordini negli ultimi N giorni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="158"/>
        <source>Leads not contacted in N days</source>
        <translation>Potenziali clienti non contattati da N giorni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="159"/>
        <source>Customers who bought a product (SKU)</source>
        <translation>Clienti che hanno acquistato un prodotto (SKU)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="166"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="167"/>
        <source>&amp;Rule</source>
        <translation>&amp;Regola</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="168"/>
        <source>&amp;Days (N)</source>
        <translation>&amp;Giorni (N)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="169"/>
        <source>&amp;Product SKU</source>
        <translation>SKU &amp;prodotto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="170"/>
        <source>&amp;Script for the rep</source>
        <translation>&amp;Script per il venditore</translation>
    </message>
</context>
<context>
    <name>CarriersDriversDialog</name>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="78"/>
        <source>Carriers and drivers</source>
        <translation>Vettori e autisti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="81"/>
        <source>Courier services</source>
        <translation>Corrieri</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="82"/>
        <source>In-house drivers</source>
        <translation>Autisti interni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="114"/>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="193"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="115"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="115"/>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="194"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="116"/>
        <source>Daily pickup</source>
        <translation>Ritiro giornaliero</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="117"/>
        <source>Cut-off</source>
        <translation>Orario limite</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="118"/>
        <source>Transit (working days)</source>
        <translation>Transito (giorni lavorativi)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="119"/>
        <source>Express transit (rush)</source>
        <translation>Transito espresso (urgente)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="120"/>
        <source>Tracking URL</source>
        <translation>URL di tracciamento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="121"/>
        <source>Tracking number pattern</source>
        <translation>Formato del numero di tracciamento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="134"/>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="210"/>
        <source>(inactive)</source>
        <translation>(non attivo)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="194"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="195"/>
        <source>Provinces served</source>
        <translation>Province servite</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="196"/>
        <source>Stops per day</source>
        <translation>Consegne al giorno</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="197"/>
        <source>Cut-off for same day</source>
        <translation>Orario limite per il giorno stesso</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="28"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="29"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="30"/>
        <source>Qty</source>
        <translation>Q.tà</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="31"/>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="32"/>
        <source>Disc. %</source>
        <translation>Sconto %</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="33"/>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="34"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="35"/>
        <source>Stock</source>
        <translation>Giacenza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="143"/>
        <source>Only %1 in stock: the rest is sold on backorder</source>
        <translation>Solo %1 in giacenza: il resto resta da evadere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="149"/>
        <source>VAT included</source>
        <translation>IVA inclusa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/cart_model.py" line="151"/>
        <source>Net of VAT</source>
        <translation>IVA esclusa</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="168"/>
        <source>Close CounterApp</source>
        <translation>Chiudi CounterApp</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="172"/>
        <source>The current sale has %1 lines.</source>
        <translation>La vendita in corso ha %1 righe.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="178"/>
        <source>%1 parked sales stay saved for the next start.</source>
        <translation>%1 vendite sospese restano salvate per il prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="186"/>
        <source>&amp;Park the sale and close</source>
        <translation>&amp;Sospendi la vendita e chiudi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="190"/>
        <source>&amp;Discard the sale and close</source>
        <translation>&amp;Elimina la vendita e chiudi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="195"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="198"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
</context>
<context>
    <name>CounterBadge</name>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="27"/>
        <source>%1 items · Net %2 · VAT %3</source>
        <translation>%1 articoli · Imponibile %2 · IVA %3</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="36"/>
        <source>Cart discount %1</source>
        <translation>Sconto sul carrello %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="71"/>
        <source>Walk-in customer</source>
        <translation>Cliente al banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="72"/>
        <source>Retail prices, VAT included</source>
        <translation>Prezzi al pubblico, IVA inclusa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="77"/>
        <source>Business (B2B)</source>
        <translation>Azienda (B2B)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="79"/>
        <source>Consumer (B2C)</source>
        <translation>Privato (B2C)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="87"/>
        <source>retail prices</source>
        <translation>prezzi al pubblico</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="93"/>
        <source>managed by %1</source>
        <translation>seguito da %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/badge.py" line="107"/>
        <source>Balance %1 / credit limit %2</source>
        <translation>Saldo %1 / fido %2</translation>
    </message>
</context>
<context>
    <name>CounterFlows</name>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="61"/>
        <source>The cart is empty: scan a product first.</source>
        <translation>Il carrello è vuoto: prima scansiona un prodotto.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="67"/>
        <source>Phone order</source>
        <translation>Ordine telefonico</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="68"/>
        <source>Deliver this order to the customer?</source>
        <translation>Consegnare questo ordine al cliente?</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="88"/>
        <source>%1: %2 wanted, %3 in stock</source>
        <translation>%1: %2 richiesti, %3 in giacenza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="96"/>
        <source>Sell beyond stock?</source>
        <translation>Vendere oltre la giacenza?</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="97"/>
        <source>These lines are above the stock on hand:</source>
        <translation>Queste righe superano la giacenza disponibile:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="101"/>
        <source>Sell them anyway (the missing units go on backorder)?</source>
        <translation>Venderle comunque (le unità mancanti restano da evadere)?</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="114"/>
        <source>Payment – delivery order</source>
        <translation>Pagamento – ordine con consegna</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="116"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="204"/>
        <source>Sale %1 saved: %2.</source>
        <translation>Vendita %1 salvata: %2.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="209"/>
        <source>Change due: %1.</source>
        <translation>Resto: %1.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="212"/>
        <source>Ctrl+P prints the receipt again.</source>
        <translation>Ctrl+P ristampa lo scontrino.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="254"/>
        <source>Printing is not available in this version; %1 is saved.</source>
        <translation>La stampa non è disponibile in questa versione; %1 è salvato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="268"/>
        <source>%1 was not printed (%2). It is saved: Ctrl+P prints it again.</source>
        <translation>%1 non è stato stampato (%2). È salvato: Ctrl+P lo ristampa.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="299"/>
        <source>Delivery order %1 saved.</source>
        <translation>Ordine con consegna %1 salvato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="306"/>
        <source>Promised for %1.</source>
        <translation>Consegna promessa per il %1.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="310"/>
        <source>The rush is not possible: %1</source>
        <translation>L&apos;urgenza non è possibile: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="311"/>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="331"/>
        <source>Delivery order</source>
        <translation>Ordine con consegna</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="384"/>
        <source>A %1 % discount is above your limit: a senior approves it with their PIN.</source>
        <translation>Uno sconto del %1 % supera il tuo limite: lo autorizza un venditore senior con il suo PIN.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="390"/>
        <source>The discount was not applied.</source>
        <translation>Lo sconto non è stato applicato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="403"/>
        <source>Discount applied.</source>
        <translation>Sconto applicato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="416"/>
        <source>Customer search is not available in this version.</source>
        <translation>La ricerca clienti non è disponibile in questa versione.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="441"/>
        <source>Sale parked (%1, %2). F9 lists parked sales.</source>
        <translation>Vendita sospesa (%1, %2). F9 elenca le vendite sospese.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="442"/>
        <source>walk-in</source>
        <translation>cliente al banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="465"/>
        <source>Parked sale resumed.</source>
        <translation>Vendita sospesa ripresa.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="486"/>
        <source>A sale is being saved: close again in a moment.</source>
        <translation>Salvataggio di una vendita in corso: richiudi tra un momento.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="539"/>
        <source>Quote %1 saved (%2), valid until %3.</source>
        <translation>Preventivo %1 salvato (%2), valido fino al %3.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="566"/>
        <source>Quote %1 loaded at the quoted prices: F12 to sell it.</source>
        <translation>Preventivo %1 caricato ai prezzi del preventivo: F12 per venderlo.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/flows.py" line="588"/>
        <source>Return %1 saved: %2 paid back by the original method. Ctrl+P prints its receipt again.</source>
        <translation>Reso %1 salvato: %2 rimborsati con il metodo di pagamento originale. Ctrl+P ne ristampa lo scontrino.</translation>
    </message>
</context>
<context>
    <name>CounterKeys</name>
    <message>
        <location filename="../../counterapp/ui/counter/keys.py" line="96"/>
        <source>Quantity %1 – press * to set it</source>
        <translation>Quantità %1 – premi * per impostarla</translation>
    </message>
</context>
<context>
    <name>CounterPanel</name>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="115"/>
        <source>Scan a barcode or type a product name or SKU (F2)</source>
        <translation>Scansiona un codice a barre o digita nome prodotto o SKU (F2)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="152"/>
        <source>Customer (F7)</source>
        <translation>Cliente (F7)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="154"/>
        <source>Attach a customer (F7); Shift+F7 back to walk-in</source>
        <translation>Associa un cliente (F7); Shift+F7 torna al cliente al banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="165"/>
        <source>Pay (F12)</source>
        <translation>Incassa (F12)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="169"/>
        <source>Discount (F6)</source>
        <translation>Sconto (F6)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="170"/>
        <source>Park (F8)</source>
        <translation>Sospendi (F8)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="171"/>
        <source>Parked sales (F9)</source>
        <translation>Vendite sospese (F9)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="172"/>
        <source>Quote (F10)</source>
        <translation>Preventivo (F10)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="173"/>
        <source>Find quote (Shift+F10)</source>
        <translation>Cerca preventivo (Shift+F10)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="174"/>
        <source>Deliver (F11)</source>
        <translation>Consegna (F11)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="175"/>
        <source>Return (Ctrl+R)</source>
        <translation>Reso (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="176"/>
        <source>Reprint (Ctrl+P)</source>
        <translation>Ristampa (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="235"/>
        <source>&amp;Pay</source>
        <translation>&amp;Incassa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="236"/>
        <source>&amp;Discount</source>
        <translation>&amp;Sconto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="238"/>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="240"/>
        <source>&amp;Walk-in customer</source>
        <translation>Cliente al &amp;banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="241"/>
        <source>P&amp;ark sale</source>
        <translation>S&amp;ospendi vendita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="242"/>
        <source>Parked &amp;sales</source>
        <translation>&amp;Vendite sospese</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="244"/>
        <source>Save as &amp;quote</source>
        <translation>Salva come &amp;preventivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="245"/>
        <source>&amp;Find quote</source>
        <translation>C&amp;erca preventivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="247"/>
        <source>&amp;Deliver</source>
        <translation>Co&amp;nsegna</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="248"/>
        <source>&amp;Return</source>
        <translation>&amp;Reso</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="249"/>
        <source>Re&amp;print last receipt</source>
        <translation>Ristampa &amp;ultimo scontrino</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="251"/>
        <source>&amp;Empty the cart</source>
        <translation>Svuota il c&amp;arrello</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="287"/>
        <location filename="../../counterapp/ui/counter/panel.py" line="299"/>
        <source>A sale is being saved: try again in a moment.</source>
        <translation>Salvataggio di una vendita in corso: riprova tra un momento.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="310"/>
        <source>Phone order: paying offers delivery (F11).</source>
        <translation>Ordine telefonico: all&apos;incasso viene proposta la consegna (F11).</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="371"/>
        <source>No product has the barcode or SKU “%1”. Nothing was added; pick from the list (↓) or check the code.</source>
        <translation>Nessun prodotto ha il codice a barre o lo SKU «%1». Non è stato aggiunto nulla; scegli dall&apos;elenco (↓) o controlla il codice.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="402"/>
        <source>Only %1 of “%2” in stock: the line is marked and you will confirm the backorder when paying.</source>
        <translation>Solo %1 di «%2» in giacenza: la riga è evidenziata e all&apos;incasso confermerai la parte da evadere.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="407"/>
        <source>Added %1 × %2</source>
        <translation>Aggiunto %1 × %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="460"/>
        <source>Empty the cart</source>
        <translation>Svuota il carrello</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="461"/>
        <source>Remove every line of this sale?</source>
        <translation>Eliminare tutte le righe di questa vendita?</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="483"/>
        <source>Customer: %1 (F7)</source>
        <translation>Cliente: %1 (F7)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/panel.py" line="484"/>
        <source>Walk-in customer – attach (F7)</source>
        <translation>Cliente al banco – associa (F7)</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../counterapp/ui/customers/actions.py" line="34"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/actions.py" line="34"/>
        <source>Log in first.</source>
        <translation>Prima accedi.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/actions.py" line="107"/>
        <source>&amp;Find customer… (Ctrl+K)</source>
        <translation>&amp;Cerca cliente… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/actions.py" line="109"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Nuovo cliente…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/actions.py" line="111"/>
        <source>&amp;Most valuable customers…</source>
        <translation>Clienti più &amp;redditizi…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/actions.py" line="119"/>
        <source>&amp;Users…</source>
        <translation>&amp;Utenti…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/actions.py" line="121"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro attività…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/actions.py" line="123"/>
        <source>&amp;Import/Export…</source>
        <translation>&amp;Importa/Esporta…</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="46"/>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="64"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="47"/>
        <source>Lead (prospect)</source>
        <translation>Potenziale cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="48"/>
        <source>Inactive</source>
        <translation>Non attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="49"/>
        <source>Consumer (B2C)</source>
        <translation>Privato (B2C)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="50"/>
        <source>Business account (B2B)</source>
        <translation>Cliente azienda (B2B)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="51"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="52"/>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="53"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="54"/>
        <source>Street</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="55"/>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="56"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="57"/>
        <source>Prov.</source>
        <translation>Prov.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="58"/>
        <source>Country</source>
        <translation>Nazione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="59"/>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="60"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="61"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="62"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="63"/>
        <source>Phones (comma-separated)</source>
        <translation>Telefoni (separati da virgola)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="123"/>
        <source>&amp;Account</source>
        <translation>&amp;Anagrafica</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="124"/>
        <source>P&amp;hones</source>
        <translation>&amp;Telefoni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="125"/>
        <source>A&amp;ddresses</source>
        <translation>Indiri&amp;zzi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="126"/>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontatti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="131"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>Sal&amp;va (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="136"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="149"/>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="151"/>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="184"/>
        <source>empty: next free code</source>
        <translation>vuoto: primo codice libero</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="192"/>
        <source>&amp;Type:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="193"/>
        <source>Co&amp;de:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="194"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="195"/>
        <source>&amp;VAT number:</source>
        <translation>Pa&amp;rtita IVA:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="196"/>
        <source>&amp;Fiscal code:</source>
        <translation>Codice &amp;fiscale:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="197"/>
        <source>S&amp;DI code:</source>
        <translation>Codice S&amp;DI:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="198"/>
        <source>&amp;PEC:</source>
        <translation>P&amp;EC:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="199"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="216"/>
        <source>Price &amp;list:</source>
        <translation>&amp;Listino:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="217"/>
        <source>Pa&amp;yment terms:</source>
        <translation>Condizioni di pa&amp;gamento:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="218"/>
        <source>C&amp;redit limit (€):</source>
        <translation>F&amp;ido (€):</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="219"/>
        <source>Account &amp;manager:</source>
        <translation>Acco&amp;unt manager:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="220"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="221"/>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="222"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="248"/>
        <source>Remove selected</source>
        <translation>Rimuovi selezionati</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="261"/>
        <source>Add &amp;phone</source>
        <translation>Ag&amp;giungi telefono</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="262"/>
        <source>Type numbers in any format; they are shown in national format and matched on incoming calls.</source>
        <translation>Digita i numeri in qualsiasi formato: vengono mostrati in formato nazionale e riconosciuti sulle chiamate in arrivo.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="271"/>
        <source>Add a&amp;ddress</source>
        <translation>Ag&amp;giungi indirizzo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="272"/>
        <source>Tick the default delivery address.</source>
        <translation>Spunta l&apos;indirizzo di consegna predefinito.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="279"/>
        <source>Add c&amp;ontact</source>
        <translation>Ag&amp;giungi contatto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="314"/>
        <source>Standard retail prices</source>
        <translation>Prezzi al pubblico standard</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="317"/>
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="441"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="446"/>
        <source>Row %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="457"/>
        <source>Please correct the field marked in red.</source>
        <translation>Correggi il campo evidenziato in rosso.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="480"/>
        <source>Changing the credit limit needs a senior&apos;s approval.</source>
        <translation>Per modificare il fido serve l&apos;autorizzazione di un venditore senior.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/customer_dialog.py" line="492"/>
        <source>Changed meanwhile</source>
        <translation>Modificato nel frattempo</translation>
    </message>
</context>
<context>
    <name>CustomerModels</name>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="47"/>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="48"/>
        <source>lead</source>
        <translation>potenziale</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="49"/>
        <source>inactive</source>
        <translation>non attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="52"/>
        <source>Business</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="53"/>
        <source>Consumer</source>
        <translation>Privato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="138"/>
        <location filename="../../counterapp/ui/customers/models.py" line="196"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="139"/>
        <location filename="../../counterapp/ui/customers/models.py" line="197"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="140"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="141"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="142"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="143"/>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="144"/>
        <location filename="../../counterapp/ui/customers/models.py" line="202"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="145"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="146"/>
        <source>Credit limit</source>
        <translation>Fido</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="147"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="195"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="198"/>
        <source>Revenue (net)</source>
        <translation>Fatturato (netto)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="199"/>
        <source>Gross margin</source>
        <translation>Margine lordo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="200"/>
        <source>Margin %</source>
        <translation>Margine %</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/models.py" line="201"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
</context>
<context>
    <name>CustomerSearchDialog</name>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="48"/>
        <source>Find customer</source>
        <translation>Cerca cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="54"/>
        <source>Name, code, phone number, VAT number, fiscal code or city…</source>
        <translation>Nome, codice, telefono, partita IVA, codice fiscale o città…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="78"/>
        <source>&amp;New customer (Ctrl+N)</source>
        <translation>&amp;Nuovo cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="80"/>
        <source>&amp;Edit (F2)</source>
        <translation>&amp;Modifica (F2)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="82"/>
        <source>&amp;Choose (Enter)</source>
        <translation>&amp;Scegli (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="84"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="142"/>
        <source>Type to search.</source>
        <translation>Digita per cercare.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="127"/>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="144"/>
        <source>No customer found. Ctrl+N creates one.</source>
        <translation>Nessun cliente trovato. Ctrl+N ne crea uno.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="146"/>
        <source>First %1 matches; type more to narrow down.</source>
        <translation>Primi %1 risultati; digita altro per restringere la ricerca.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/search_dialog.py" line="149"/>
        <source>%1 found.</source>
        <translation>%1 trovati.</translation>
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
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="35"/>
        <source>Late deliveries</source>
        <translation>Consegne in ritardo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="42"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="42"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="42"/>
        <source>Promised</source>
        <translation>Data promessa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="42"/>
        <source>Days late</source>
        <translation>Giorni di ritardo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="43"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="43"/>
        <source>Method</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="43"/>
        <source>Rep</source>
        <translation>Venditore</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="48"/>
        <source>Create follow-up tasks (Ctrl+T)</source>
        <translation>Crea attività di ricontatto (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="77"/>
        <source>%1 orders are past their promised date.</source>
        <translation>%1 ordini hanno superato la data promessa.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="79"/>
        <source>No late deliveries.</source>
        <translation>Nessuna consegna in ritardo.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/delivery_check.py" line="90"/>
        <source>%1 late orders: %2 new follow-up tasks, %3 already existed.</source>
        <translation>%1 ordini in ritardo: %2 nuove attività di ricontatto, %3 già esistenti.</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="42"/>
        <source>Deliver the order</source>
        <translation>Consegna dell&apos;ordine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="62"/>
        <source>Courier service</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="63"/>
        <source>Our own van (in-house)</source>
        <translation>Nostro furgone (mezzo proprio)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="64"/>
        <source>On a &amp;requested date:</source>
        <translation>In una &amp;data richiesta:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="75"/>
        <source>R&amp;ush (today or the earliest possible)</source>
        <translation>&amp;Urgente (oggi o prima possibile)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="87"/>
        <source>Continue to payment (Enter)</source>
        <translation>Procedi all&apos;incasso (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="91"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="96"/>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="97"/>
        <source>Reci&amp;pient:</source>
        <translation>Des&amp;tinatario:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="98"/>
        <source>&amp;Street:</source>
        <translation>&amp;Via:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="103"/>
        <source>Postcode, city, province:</source>
        <translation>CAP, città, provincia:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="104"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fono:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="105"/>
        <source>&amp;Method:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="111"/>
        <source>Parc&amp;els:</source>
        <translation>&amp;Colli:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="112"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="143"/>
        <source>Another address (type it below)</source>
        <translation>Altro indirizzo (scrivilo sotto)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/delivery_dialog.py" line="154"/>
        <source>Type the street and the city of the delivery.</source>
        <translation>Inserisci la via e la città di consegna.</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="32"/>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="36"/>
        <source>&amp;Line: %1</source>
        <translation>&amp;Riga: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="39"/>
        <source>Whole &amp;cart</source>
        <translation>Tutto il &amp;carrello</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="45"/>
        <source>e.g. 10 or 7,5</source>
        <translation>es. 10 o 7,5</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="49"/>
        <source>Your limit: %1 — above it a senior approves with their PIN.</source>
        <translation>Il tuo limite: %1 — oltre, autorizza un venditore senior con il suo PIN.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="52"/>
        <source>Apply (Enter)</source>
        <translation>Applica (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="56"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="62"/>
        <source>&amp;Percent:</source>
        <translation>&amp;Percentuale:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="88"/>
        <location filename="../../counterapp/ui/counter/discount_dialog.py" line="91"/>
        <source>Type a percentage between 0 and 100.</source>
        <translation>Inserisci una percentuale tra 0 e 100.</translation>
    </message>
</context>
<context>
    <name>FindQuotesDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="88"/>
        <source>Find quote</source>
        <translation>Cerca preventivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="91"/>
        <source>Quote number or customer name</source>
        <translation>Numero preventivo o nome cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="94"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="94"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="95"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="95"/>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="96"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="96"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="106"/>
        <source>Sell at quoted prices (Enter)</source>
        <translation>Vendi ai prezzi del preventivo (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="110"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="144"/>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="144"/>
        <source>sold</source>
        <translation>venduto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="147"/>
        <source>expired</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="148"/>
        <source>walk-in</source>
        <translation>cliente al banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="163"/>
        <source>No quotes found.</source>
        <translation>Nessun preventivo trovato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="172"/>
        <source>Quote %1 was already sold.</source>
        <translation>Il preventivo %1 è già stato venduto.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="175"/>
        <source>Quote %1 has expired; make a new one.</source>
        <translation>Il preventivo %1 è scaduto; creane uno nuovo.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../counterapp/ui/login.py" line="107"/>
        <source>Welcome to CounterApp</source>
        <translation>Benvenuto in CounterApp</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="120"/>
        <source>&amp;Login:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="121"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Nome e cognome:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="122"/>
        <source>&amp;PIN (4–8 digits):</source>
        <translation>&amp;PIN (4–8 cifre):</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="123"/>
        <source>PIN &amp;again:</source>
        <translation>&amp;Ripeti PIN:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="129"/>
        <source>There are no users yet. Create the shop&apos;s manager: they can then add the other staff.</source>
        <translation>Non ci sono ancora utenti. Crea il responsabile del negozio: potrà poi aggiungere gli altri collaboratori.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="139"/>
        <source>The two PINs differ.</source>
        <translation>I due PIN non coincidono.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="127"/>
        <source>Handover note for %1</source>
        <translation>Nota di passaggio per %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="133"/>
        <source>What should they know?</source>
        <translation>Cosa deve sapere?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="30"/>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="34"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="31"/>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="35"/>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="32"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="33"/>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="36"/>
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="61"/>
        <source>Import and export</source>
        <translation>Importa ed esporta</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="70"/>
        <source>A CSV file (UTF-8, comma-separated, header)</source>
        <translation>Un file CSV (UTF-8, separato da virgole, con intestazione)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="71"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="73"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="76"/>
        <source>Import &amp;valid rows only</source>
        <translation>Importa solo le righe &amp;valide</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="87"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="105"/>
        <source>&amp;Since</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="109"/>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="112"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="120"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="132"/>
        <source>Choose a CSV file</source>
        <translation>Scegli un file CSV</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="133"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="145"/>
        <source>Choose a file first.</source>
        <translation>Scegli prima un file.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="159"/>
        <source>Reading and checking the file…</source>
        <translation>Lettura e controllo del file…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="155"/>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="162"/>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="170"/>
        <source>%1 of %2 rows imported: %3 created, %4 updated.</source>
        <translation>%1 righe su %2 importate: %3 create, %4 aggiornate.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="177"/>
        <source>Nothing was imported: %1 problems; %2 of %3 rows are valid.</source>
        <translation>Non è stato importato nulla: %1 problemi; %2 righe su %3 sono valide.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="182"/>
        <source>The file has no rows to import.</source>
        <translation>Il file non ha righe da importare.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="188"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annullato: non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="196"/>
        <source>Export to CSV</source>
        <translation>Esporta in CSV</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="197"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="208"/>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/import_dialog.py" line="213"/>
        <source>%1 rows written to %2</source>
        <translation>%1 righe scritte in %2</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="200"/>
        <source>Price and availability</source>
        <translation>Prezzo e disponibilità</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="204"/>
        <source>Product name, SKU or barcode – Enter</source>
        <translation>Nome prodotto, SKU o codice a barre – Invio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="207"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="207"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="208"/>
        <source>Price for this customer</source>
        <translation>Prezzo per questo cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="209"/>
        <source>Stock</source>
        <translation>Giacenza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="235"/>
        <source> VAT incl.</source>
        <translation> IVA incl.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="235"/>
        <source> + VAT</source>
        <translation> + IVA</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="246"/>
        <source>%1 products</source>
        <translation>%1 prodotti</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../counterapp/ui/login.py" line="40"/>
        <source>CounterApp – log in</source>
        <translation>CounterApp – accesso</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="54"/>
        <source>&amp;Log in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="63"/>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="64"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="66"/>
        <source>Log in with your user name and PIN</source>
        <translation>Accedi con nome utente e PIN</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="92"/>
        <source>This user is locked after too many wrong PINs. Ask a manager to unlock it.</source>
        <translation>Utente bloccato dopo troppi PIN errati. Chiedi a un responsabile di sbloccarlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counterapp/ui/login.py" line="95"/>
        <source>Wrong user or PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>Utente o PIN errato. Riprova tra %n secondo.</numerusform>
            <numerusform>Utente o PIN errato. Riprova tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/login.py" line="97"/>
        <source>Wrong user or PIN.</source>
        <translation>Utente o PIN errato.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="58"/>
        <source>CounterApp</source>
        <translation>CounterApp</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="68"/>
        <source>Phone (F3)</source>
        <translation>Telefono (F3)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="70"/>
        <source>Shipping queue (F4)</source>
        <translation>Coda spedizioni (F4)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="118"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="119"/>
        <source>&amp;Switch user</source>
        <translation>&amp;Cambia utente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="124"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="126"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="127"/>
        <source>&amp;Counter</source>
        <translation>&amp;Banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="130"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="132"/>
        <source>Shipping &amp;queue</source>
        <translation>&amp;Coda spedizioni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="134"/>
        <source>&amp;Sale</source>
        <translation>V&amp;endita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="137"/>
        <source>P&amp;hone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="140"/>
        <source>Sh&amp;ipping</source>
        <translation>&amp;Spedizioni</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="143"/>
        <source>C&amp;ustomers</source>
        <translation>&amp;Clienti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="146"/>
        <source>&amp;Tools</source>
        <translation>St&amp;rumenti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="149"/>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="150"/>
        <source>&amp;About CounterApp</source>
        <translation>&amp;Informazioni su CounterApp</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="189"/>
        <source>About CounterApp</source>
        <translation>Informazioni su CounterApp</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="190"/>
        <source>CounterApp %1 – inside-sales counter workstation</source>
        <translation>CounterApp %1 – postazione di vendita al banco e telefonica</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="226"/>
        <source>Locked – log in</source>
        <translation>Bloccato – accedi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/main_window.py" line="228"/>
        <source>User: %1 (%2)</source>
        <translation>Utente: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="26"/>
        <source>Please check %1: %2</source>
        <translation>Controlla %1: %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="28"/>
        <source>Not allowed: %1</source>
        <translation>Non consentito: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="30"/>
        <source>Not found: %1</source>
        <translation>Non trovato: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="32"/>
        <source>Someone else changed this first: %1</source>
        <translation>Qualcun altro lo ha modificato prima di te: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="34"/>
        <source>Login failed: %1</source>
        <translation>Accesso non riuscito: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="36"/>
        <source>The database is not available: %1</source>
        <translation>Il database non è disponibile: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="39"/>
        <source>Something went wrong (%1). The details are in the log file.</source>
        <translation>Si è verificato un errore (%1). I dettagli sono nel file di log.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/messages.py" line="45"/>
        <source>CounterApp</source>
        <translation>CounterApp</translation>
    </message>
</context>
<context>
    <name>MostValuableDialog</name>
    <message>
        <location filename="../../counterapp/ui/customers/value_dialog.py" line="40"/>
        <source>Most valuable customers</source>
        <translation>Clienti più redditizi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/value_dialog.py" line="46"/>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/value_dialog.py" line="47"/>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Aggiorna (F5)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/value_dialog.py" line="69"/>
        <source>Period: last</source>
        <translation>Periodo: ultimi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/value_dialog.py" line="73"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/value_dialog.py" line="88"/>
        <source>Computing…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/customers/value_dialog.py" line="98"/>
        <source>%1 customers, %2 net revenue</source>
        <translation>%1 clienti, %2 di fatturato netto</translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="72"/>
        <source>New lead</source>
        <translation>Nuovo potenziale cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="80"/>
        <source>Consumer (B2C)</source>
        <translation>Privato (B2C)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="81"/>
        <source>Business (B2B)</source>
        <translation>Azienda (B2B)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="86"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="87"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="88"/>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="89"/>
        <source>&amp;Contact person</source>
        <translation>&amp;Referente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/dialogs.py" line="90"/>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="40"/>
        <source>New user</source>
        <translation>Nuovo utente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="43"/>
        <source>e.g. mrossi</source>
        <translation>es. mrossi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="56"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="65"/>
        <source>&amp;Login:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="66"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="67"/>
        <source>&amp;Role:</source>
        <translation>Ru&amp;olo:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="68"/>
        <source>&amp;PIN (4–8 digits):</source>
        <translation>&amp;PIN (4–8 cifre):</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="69"/>
        <source>PIN &amp;again:</source>
        <translation>&amp;Ripeti PIN:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="70"/>
        <source>&amp;Mentor:</source>
        <translation>&amp;Tutor:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="71"/>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="75"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="88"/>
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
        <location filename="../../counterapp/ui/queue/stats.py" line="31"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="32"/>
        <source>Method</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="33"/>
        <source>Courier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="34"/>
        <source>Driver</source>
        <translation>Autista</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="35"/>
        <source>Rep</source>
        <translation>Venditore</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="36"/>
        <source>Account</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>OnTimeStatsDialog</name>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="56"/>
        <source>On-time delivery</source>
        <translation>Puntualità consegne</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="73"/>
        <source>By</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="75"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="77"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="82"/>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="82"/>
        <source>Delivered</source>
        <translation>Consegnati</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="83"/>
        <source>On time</source>
        <translation>Puntuali</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="83"/>
        <source>Late</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="84"/>
        <source>On-time %</source>
        <translation>% puntuali</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="90"/>
        <source>Export CSV… (Ctrl+S)</source>
        <translation>Esporta CSV… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="114"/>
        <source>Counting…</source>
        <translation>Conteggio in corso…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="138"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="149"/>
        <source>%1 delivered, %2 on time (%3 %)</source>
        <translation>%1 consegnati, %2 puntuali (%3 %)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="156"/>
        <source>Export on-time delivery</source>
        <translation>Esporta puntualità consegne</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="157"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/stats.py" line="166"/>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../counterapp/ui/operation.py" line="102"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="45"/>
        <source>Parked sales</source>
        <translation>Vendite sospese</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="50"/>
        <source>Parked by</source>
        <translation>Sospesa da</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="51"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="52"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="53"/>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="54"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="66"/>
        <source>Resume (Enter)</source>
        <translation>Riprendi (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="70"/>
        <source>Discard (Del)</source>
        <translation>Elimina (Del)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="74"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="103"/>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="136"/>
        <source>walk-in</source>
        <translation>cliente al banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="116"/>
        <source>No parked sales.</source>
        <translation>Nessuna vendita sospesa.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="134"/>
        <source>Discard parked sale</source>
        <translation>Elimina vendita sospesa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/parked_dialog.py" line="135"/>
        <source>Throw away the parked sale of %1 (%2)?</source>
        <translation>Eliminare la vendita sospesa di %1 (%2)?</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="53"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="66"/>
        <source>Amount (empty: the rest)</source>
        <translation>Importo (vuoto: il rimanente)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="76"/>
        <source>&amp;Cash (Alt+C)</source>
        <translation>&amp;Contanti (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="78"/>
        <source>Car&amp;d (Alt+D)</source>
        <translation>Car&amp;ta (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="80"/>
        <source>On &amp;account (Alt+A)</source>
        <translation>&amp;A credito (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="85"/>
        <source>Available credit: %1</source>
        <translation>Fido disponibile: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="88"/>
        <source>Only business customers pay on account</source>
        <translation>Solo i clienti azienda possono pagare a credito</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="107"/>
        <source>Confirm payment (Enter)</source>
        <translation>Conferma pagamento (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="112"/>
        <source>Pay &amp;later (Alt+L)</source>
        <translation>Paga a&amp;lla consegna (Alt+L)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="115"/>
        <source>A delivery may be paid on delivery: confirm what is paid now</source>
        <translation>Una consegna può essere pagata alla consegna: conferma quanto viene pagato ora</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="119"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="126"/>
        <source>To pay:</source>
        <translation>Da pagare:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="128"/>
        <source>&amp;Tendered:</source>
        <translation>Importo &amp;ricevuto:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="146"/>
        <source>Change:</source>
        <translation>Resto:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="173"/>
        <source>Still to pay: %1</source>
        <translation>Ancora da pagare: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="203"/>
        <source>The sale is already paid in full.</source>
        <translation>La vendita è già pagata per intero.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="207"/>
        <source>Only cash can be more than what is due (%1).</source>
        <translation>Solo i contanti possono superare l&apos;importo dovuto (%1).</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="211"/>
        <source>Only business customers pay on account.</source>
        <translation>Solo i clienti azienda possono pagare a credito.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="218"/>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="218"/>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="219"/>
        <source>On account</source>
        <translation>A credito</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/payment_dialog.py" line="222"/>
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
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="85"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="86"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="87"/>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="114"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="88"/>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="115"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="89"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="112"/>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="113"/>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="116"/>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="148"/>
        <source>Rep</source>
        <translation>Venditore</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="117"/>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="118"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="119"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="120"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="121"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="147"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="149"/>
        <source>Inbound</source>
        <translation>In entrata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="150"/>
        <source>Outbound</source>
        <translation>In uscita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="151"/>
        <source>Talk time</source>
        <translation>Tempo di conversazione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/call_list_model.py" line="152"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="115"/>
        <source>Caller&apos;s number, then Enter</source>
        <translation>Numero del chiamante, poi Invio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="118"/>
        <source>Take call (Enter)</source>
        <translation>Rispondi (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="129"/>
        <source>No call</source>
        <translation>Nessuna chiamata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="139"/>
        <source>Purpose…</source>
        <translation>Motivo…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="151"/>
        <source>Phone order (Ctrl+Shift+O)</source>
        <translation>Ordine telefonico (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="153"/>
        <source>Repeat last order (Ctrl+Shift+R)</source>
        <translation>Ripeti ultimo ordine (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="155"/>
        <source>Price / stock (Ctrl+Shift+I)</source>
        <translation>Prezzo / giacenza (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="157"/>
        <source>Update account…</source>
        <translation>Aggiorna anagrafica…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="159"/>
        <source>Handover note…</source>
        <translation>Nota di passaggio…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="161"/>
        <source>Customer&apos;s calls…</source>
        <translation>Chiamate del cliente…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="163"/>
        <source>New lead… (Ctrl+Shift+N)</source>
        <translation>Nuovo potenziale cliente… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="172"/>
        <source>End of call</source>
        <translation>Fine chiamata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="175"/>
        <source>Outcome… (required)</source>
        <translation>Esito… (obbligatorio)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="181"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="184"/>
        <source>Call back at</source>
        <translation>Richiamare il</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="191"/>
        <source>End call (Ctrl+Shift+E)</source>
        <translation>Termina chiamata (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="204"/>
        <source>Resume the parked sale (Ctrl+Shift+U)</source>
        <translation>Riprendi la vendita sospesa (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="235"/>
        <source>&amp;Take call</source>
        <translation>&amp;Rispondi</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="236"/>
        <source>&amp;End call</source>
        <translation>&amp;Termina chiamata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="237"/>
        <source>Phone &amp;order</source>
        <translation>&amp;Ordine telefonico</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="239"/>
        <source>&amp;Repeat last order</source>
        <translation>Ri&amp;peti ultimo ordine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="241"/>
        <source>&amp;Price / stock</source>
        <translation>Pre&amp;zzo / giacenza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="243"/>
        <source>&amp;New lead</source>
        <translation>&amp;Nuovo potenziale cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="244"/>
        <source>&amp;Dial selected</source>
        <translation>&amp;Chiama selezionato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="245"/>
        <source>Res&amp;ume parked sale</source>
        <translation>Riprendi vendita &amp;sospesa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="247"/>
        <source>Team &amp;calls…</source>
        <translation>Chiamate del t&amp;eam…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="249"/>
        <source>New &amp;campaign…</source>
        <translation>Nuova c&amp;ampagna…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="290"/>
        <source>Finish the current call first (End call).</source>
        <translation>Prima termina la chiamata in corso (Termina chiamata).</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="305"/>
        <source>Inbound call</source>
        <translation>Chiamata in entrata</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="306"/>
        <source>Outbound call</source>
        <translation>Chiamata in uscita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="414"/>
        <source>This customer has no order to repeat.</source>
        <translation>Questo cliente non ha ordini da ripetere.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="425"/>
        <source>Order %1</source>
        <translation>Ordine %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="457"/>
        <source>Handover note left for %1</source>
        <translation>Nota di passaggio lasciata per %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="482"/>
        <source>Choose the outcome of the call before ending it.</source>
        <translation>Scegli l&apos;esito della chiamata prima di terminarla.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="499"/>
        <source>Call saved: %1</source>
        <translation>Chiamata salvata: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="548"/>
        <source>No phone number for %1</source>
        <translation>Nessun numero di telefono per %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/phone/panel.py" line="563"/>
        <source>Calls of %1</source>
        <translation>Chiamate di %1</translation>
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
        <location filename="../../counterapp/ui/common/printing.py" line="35"/>
        <source>Order slip</source>
        <translation>Distinta di prelievo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="36"/>
        <source>Packing slip</source>
        <translation>Documento di imballo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="37"/>
        <source>Delivery note (DDT)</source>
        <translation>Documento di trasporto (DDT)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="38"/>
        <source>Receipt</source>
        <translation>Scontrino</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="39"/>
        <source>Quote</source>
        <translation>Preventivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="40"/>
        <source>Courier manifest</source>
        <translation>Distinta corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="41"/>
        <source>Driver&apos;s run sheet</source>
        <translation>Distinta consegne autista</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="95"/>
        <location filename="../../counterapp/ui/common/printing.py" line="224"/>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="96"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="158"/>
        <source>Preparing %1…</source>
        <translation>Preparazione in corso: %1…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="181"/>
        <source>&amp;Print</source>
        <translation>&amp;Stampa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="184"/>
        <source>Order &amp;slip…</source>
        <translation>Distinta di &amp;prelievo…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="185"/>
        <source>&amp;Packing slip…</source>
        <translation>Documento di &amp;imballo…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="186"/>
        <source>&amp;Delivery note (DDT)…</source>
        <translation>Documento di &amp;trasporto (DDT)…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="188"/>
        <source>&amp;Receipt…</source>
        <translation>&amp;Scontrino…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="189"/>
        <source>&amp;Quote…</source>
        <translation>Pre&amp;ventivo…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="225"/>
        <source>The PDF could not be saved: %1</source>
        <translation>Impossibile salvare il PDF: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="227"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="236"/>
        <source>Print %1</source>
        <translation>Stampa %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="253"/>
        <source>Printing failed</source>
        <translation>Stampa non riuscita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="254"/>
        <source>%1 %2 was not printed on %3.</source>
        <translation>Stampa di %1 %2 non riuscita su %3.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="257"/>
        <source>Choose another printer or save the PDF to print it later.</source>
        <translation>Scegli un&apos;altra stampante o salva il PDF per stamparlo più tardi.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="259"/>
        <source>Another printer…</source>
        <translation>Altra stampante…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="261"/>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="263"/>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="309"/>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="368"/>
        <source>Printing %1…</source>
        <translation>Stampa in corso: %1…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="368"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="415"/>
        <source>Printing</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/common/printing.py" line="415"/>
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
        <location filename="../../counterapp/ui/queue/queue_model.py" line="31"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="32"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="33"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="34"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="35"/>
        <source>Requested</source>
        <translation>Data richiesta</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="36"/>
        <source>Promised</source>
        <translation>Data promessa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="37"/>
        <source>Rush</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="38"/>
        <source>Method</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="39"/>
        <source>Carrier / driver</source>
        <translation>Vettore / autista</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="40"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="41"/>
        <source>Age</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="42"/>
        <source>Late</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="46"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="47"/>
        <source>Picking</source>
        <translation>In prelievo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="48"/>
        <source>Packed</source>
        <translation>Imballato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="49"/>
        <source>Dispatched</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="50"/>
        <source>Delivered</source>
        <translation>Consegnati</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="51"/>
        <source>Delivery failed</source>
        <translation>Consegna non riuscita</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="52"/>
        <source>Rescheduled</source>
        <translation>Riprogrammato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="53"/>
        <source>Returned</source>
        <translation>Reso</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="54"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="57"/>
        <source>Courier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="58"/>
        <source>In-house</source>
        <translation>Mezzo proprio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="61"/>
        <source>Counter</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="62"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="63"/>
        <source>Standing</source>
        <translation>Ricorrente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="260"/>
        <source>Walk-in customer</source>
        <translation>Cliente al banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="272"/>
        <source>RUSH</source>
        <translation>URGENTE</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="272"/>
        <source>RUSH – not possible</source>
        <translation>URGENTE – non possibile</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="280"/>
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="282"/>
        <source>LATE</source>
        <translation>IN RITARDO</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="300"/>
        <source>Rush not possible: %1</source>
        <translation>Urgenza non possibile: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="302"/>
        <source>Past its promised date</source>
        <translation>Oltre la data promessa</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/queue_model.py" line="304"/>
        <source>Tracking: %1</source>
        <translation>Tracciamento: %1</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="91"/>
        <source>Order no., customer or tracking no. – scan a slip and press Enter</source>
        <translation>N. ordine, cliente o n. di tracciamento – scansiona una distinta e premi Invio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="94"/>
        <source>Open</source>
        <translation>Aperti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="95"/>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="100"/>
        <source>Any method</source>
        <translation>Qualsiasi modalità</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="101"/>
        <source>Courier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="102"/>
        <source>In-house</source>
        <translation>Mezzo proprio</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="105"/>
        <source>Rush only</source>
        <translation>Solo urgenti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="107"/>
        <source>Late only</source>
        <translation>Solo in ritardo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="109"/>
        <source>My customers</source>
        <translation>I miei clienti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="148"/>
        <source>Tracking number (one courier order)</source>
        <translation>Numero di tracciamento (un ordine con corriere)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="149"/>
        <source>Dispatch (Ctrl+Shift+S)</source>
        <translation>Spedisci (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="151"/>
        <source>Delivered… (Ctrl+Shift+V)</source>
        <translation>Consegnato… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="153"/>
        <source>Print slips (Ctrl+Shift+P)</source>
        <translation>Stampa distinte (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="157"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="161"/>
        <source>Picking</source>
        <translation>In prelievo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="161"/>
        <source>Packed</source>
        <translation>Imballato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="162"/>
        <source>Delivery failed…</source>
        <translation>Consegna non riuscita…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="163"/>
        <source>Reschedule…</source>
        <translation>Riprogramma…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="164"/>
        <source>Returned to us</source>
        <translation>Rientrato in sede</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="165"/>
        <source>Cancel delivery…</source>
        <translation>Annulla consegna…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="171"/>
        <source>History…</source>
        <translation>Storico…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="229"/>
        <source>Any carrier or driver</source>
        <translation>Qualsiasi vettore o autista</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="233"/>
        <source>Driver: %1</source>
        <translation>Autista: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="266"/>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="323"/>
        <source>No order %1</source>
        <translation>Nessun ordine %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="375"/>
        <source>%1 orders selected</source>
        <translation>%1 ordini selezionati</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="379"/>
        <source>Order %1 – %2 – promised %3</source>
        <translation>Ordine %1 – %2 – promesso per il %3</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="384"/>
        <source>Rush not possible: %1</source>
        <translation>Urgenza non possibile: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="386"/>
        <source>Tracking: %1</source>
        <translation>Tracciamento: %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="423"/>
        <source>%1 orders dispatched</source>
        <translation>%1 ordini spediti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="441"/>
        <source>%1 orders delivered</source>
        <translation>%1 ordini consegnati</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="452"/>
        <source>Reschedule one order at a time.</source>
        <translation>Riprogramma un ordine alla volta.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="453"/>
        <source>Reschedule</source>
        <translation>Riprogramma</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="465"/>
        <source>Why? (shown in the order&apos;s history)</source>
        <translation>Perché? (compare nello storico dell&apos;ordine)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="473"/>
        <source>%1 orders: %2</source>
        <translation>%1 ordini: %2</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="484"/>
        <source>History of %1</source>
        <translation>Storico di %1</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="506"/>
        <source>Courier &amp;manifest…</source>
        <translation>Distinta &amp;corriere…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="508"/>
        <source>Driver&apos;s &amp;run sheet…</source>
        <translation>Distinta consegne &amp;autista…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="510"/>
        <source>&amp;Late deliveries check…</source>
        <translation>Controllo consegne in &amp;ritardo…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="512"/>
        <source>&amp;On-time delivery…</source>
        <translation>&amp;Puntualità consegne…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/panel.py" line="514"/>
        <source>&amp;Carriers and drivers…</source>
        <translation>&amp;Vettori e autisti…</translation>
    </message>
</context>
<context>
    <name>QueuePaperwork</name>
    <message>
        <location filename="../../counterapp/ui/queue/paperwork.py" line="60"/>
        <location filename="../../counterapp/ui/queue/paperwork.py" line="63"/>
        <location filename="../../counterapp/ui/queue/paperwork.py" line="70"/>
        <source>Manifest</source>
        <translation>Distinta corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/paperwork.py" line="60"/>
        <source>No courier service is set up.</source>
        <translation>Nessun corriere configurato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/paperwork.py" line="63"/>
        <source>Courier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/paperwork.py" line="78"/>
        <location filename="../../counterapp/ui/queue/paperwork.py" line="81"/>
        <location filename="../../counterapp/ui/queue/paperwork.py" line="88"/>
        <source>Run sheet</source>
        <translation>Distinta consegne</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/paperwork.py" line="78"/>
        <source>No in-house driver is set up.</source>
        <translation>Nessun autista interno configurato.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/paperwork.py" line="81"/>
        <source>Driver</source>
        <translation>Autista</translation>
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
        <location filename="../../counterapp/ui/counter/results_model.py" line="22"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/results_model.py" line="23"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/results_model.py" line="24"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/results_model.py" line="25"/>
        <source>Stock</source>
        <translation>Giacenza</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/results_model.py" line="26"/>
        <source>Location</source>
        <translation>Ubicazione</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="57"/>
        <source>Return goods</source>
        <translation>Reso merce</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="60"/>
        <source>Receipt number, e.g. V2026-000123</source>
        <translation>Numero scontrino, es. V2026-000123</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="62"/>
        <source>&amp;Find</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="69"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="69"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="70"/>
        <source>Sold</source>
        <translation>Venduti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="70"/>
        <source>Returned</source>
        <translation>Già reso</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="71"/>
        <source>Line total</source>
        <translation>Totale riga</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="71"/>
        <source>Return</source>
        <translation>Da rendere</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="81"/>
        <source>Refund (Ctrl+Enter)</source>
        <translation>Rimborsa (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="87"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="91"/>
        <source>&amp;Receipt:</source>
        <translation>&amp;Scontrino:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="119"/>
        <source>%1 is not a sale.</source>
        <translation>%1 non è una vendita.</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="124"/>
        <source>%1 of %2 – %3 – total %4 – paid by %5</source>
        <translation>%1 del %2 – %3 – totale %4 – pagato con %5</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="127"/>
        <source>walk-in</source>
        <translation>cliente al banco</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/return_dialog.py" line="162"/>
        <source>Choose how many to return on at least one line.</source>
        <translation>Indica la quantità da rendere su almeno una riga.</translation>
    </message>
</context>
<context>
    <name>SaveQuoteDialog</name>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="37"/>
        <source>Save as quote</source>
        <translation>Salva come preventivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="44"/>
        <source>Save and print (Enter)</source>
        <translation>Salva e stampa (Enter)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="48"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/counter/quote_dialogs.py" line="52"/>
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
        <location filename="../../counterapp/settings.py" line="64"/>
        <source>Check for other workstations&apos; changes every (ms)</source>
        <translation>Controlla le modifiche delle altre postazioni ogni (ms)</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="67"/>
        <source>Printer for order slips</source>
        <translation>Stampante per distinte di prelievo</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="69"/>
        <source>Printer for packing slips</source>
        <translation>Stampante per documenti di imballo</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="71"/>
        <source>Printer for delivery notes (DDT)</source>
        <translation>Stampante per documenti di trasporto (DDT)</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="72"/>
        <source>Printer for quotes</source>
        <translation>Stampante per preventivi</translation>
    </message>
    <message>
        <location filename="../../counterapp/settings.py" line="74"/>
        <source>Printer for courier manifests and run sheets</source>
        <translation>Stampante per distinte corriere e consegne autisti</translation>
    </message>
</context>
<context>
    <name>StaffModels</name>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="11"/>
        <source>Entry-level rep</source>
        <translation>Venditore junior</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="12"/>
        <source>Senior rep</source>
        <translation>Venditore senior</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="13"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="14"/>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="28"/>
        <source>Login</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="29"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="30"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="31"/>
        <source>Mentor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="32"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="33"/>
        <source>Wrong PINs</source>
        <translation>PIN errati</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="47"/>
        <source>locked</source>
        <translation>bloccato</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="49"/>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/models.py" line="50"/>
        <source>inactive</source>
        <translation>non attivo</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="111"/>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="177"/>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="133"/>
        <source>&amp;New user…</source>
        <translation>&amp;Nuovo utente…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="134"/>
        <source>&amp;Reset PIN…</source>
        <translation>&amp;Reimposta PIN…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="135"/>
        <source>&amp;Unlock</source>
        <translation>S&amp;blocca</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="136"/>
        <source>Set &amp;mentor…</source>
        <translation>Imposta &amp;tutor…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="137"/>
        <source>Change r&amp;ole…</source>
        <translation>Cambia ru&amp;olo…</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="138"/>
        <source>&amp;Deactivate / reactivate</source>
        <translation>&amp;Disattiva / riattiva</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="145"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="191"/>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="195"/>
        <source>Reset PIN</source>
        <translation>Reimposta PIN</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="191"/>
        <source>New PIN for %1 (4–8 digits):</source>
        <translation>Nuovo PIN per %1 (4–8 cifre):</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="195"/>
        <source>The same PIN again:</source>
        <translation>Ripeti lo stesso PIN:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="200"/>
        <source>the two PINs differ</source>
        <translation>i due PIN non coincidono</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="215"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="219"/>
        <source>Mentor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="219"/>
        <source>Mentor of %1:</source>
        <translation>Tutor di %1:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="233"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="233"/>
        <source>Role of %1:</source>
        <translation>Ruolo di %1:</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="246"/>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/staff/users_dialog.py" line="247"/>
        <source>Deactivate %1? They will no longer be able to log in.</source>
        <translation>Disattivare %1? Non potrà più accedere.</translation>
    </message>
</context>
<context>
    <name>_Editor</name>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="50"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../../counterapp/ui/queue/carriers_dialog.py" line="51"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
</TS>
