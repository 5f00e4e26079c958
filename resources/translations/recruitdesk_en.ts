<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>%n erased candidates were erased again.</source>
        <translation>
            <numerusform>%n erased candidate was erased again.</numerusform>
            <numerusform>%n erased candidates were erased again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message numerus="yes">
        <source>%n entries shown, newest first.</source>
        <translation>
            <numerusform>%n entry shown.</numerusform>
            <numerusform>%n entries shown, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateDetailFeature</name>
    <message numerus="yes">
        <source>%n candidates are selected. Select one to see the details.</source>
        <translation>
            <numerusform>%n candidate is selected.</numerusform>
            <numerusform>%n candidates are selected. Select one to see the details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateFactsDialog</name>
    <message numerus="yes">
        <source>Overdue: should have been deleted on {date} (%n days ago).</source>
        <translation>
            <numerusform>Overdue: should have been deleted on {date} (%n day ago).</numerusform>
            <numerusform>Overdue: should have been deleted on {date} (%n days ago).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due for deletion on {date}: %n days left.</source>
        <translation>
            <numerusform>Due for deletion on {date}: %n day left.</numerusform>
            <numerusform>Due for deletion on {date}: %n days left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateNotesDialog</name>
    <message numerus="yes">
        <source>%n screening notes.</source>
        <translation>
            <numerusform>%n screening note.</numerusform>
            <numerusform>%n screening notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message numerus="yes">
        <source>Reading %n files…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files added.</source>
        <translation>
            <numerusform>%n file added.</numerusform>
            <numerusform>%n files added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueItemsModel</name>
    <message numerus="yes">
        <source>Due within %n days ({count})</source>
        <translation>
            <numerusform>Due within %n day ({count})</numerusform>
            <numerusform>Due within %n days ({count})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message numerus="yes">
        <source>%n candidates ({names})</source>
        <translation>
            <numerusform>%n candidate ({names})</numerusform>
            <numerusform>%n candidates ({names})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message numerus="yes">
        <source>%n candidates erased after the backup was made were erased again.</source>
        <translation>
            <numerusform>%n candidate erased after the backup was made was erased again.</numerusform>
            <numerusform>%n candidates erased after the backup was made were erased again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within two weeks</source>
        <translation>
            <numerusform>%n due within two weeks</numerusform>
            <numerusform>%n due within two weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialogs</name>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n candidates ({names}) for good?</source>
        <translation>
            <numerusform>Delete %n candidate ({names}) for good?</numerusform>
            <numerusform>Delete %n candidates ({names}) for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionFeature</name>
    <message numerus="yes">
        <source>Deleted %n candidates for good.</source>
        <translation>
            <numerusform>Deleted %n candidate for good.</numerusform>
            <numerusform>Deleted %n candidates for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionNotifier</name>
    <message numerus="yes">
        <source>RecruitDesk deleted %n candidates automatically.</source>
        <translation>
            <numerusform>RecruitDesk deleted %n candidate automatically.</numerusform>
            <numerusform>RecruitDesk deleted %n candidates automatically.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message numerus="yes">
        <source>Reopening brings nobody back by itself: the %n application(s) that ended stay ended, their countdowns keep running and rejection letters already sent stay valid. To take someone back, move them to an open stage on the board; that reopens their procedure and stops their countdown.</source>
        <translation>
            <numerusform>Reopening brings nobody back by itself: the %n application that ended stays ended, their countdowns keep running and rejection letters already sent stay valid. To take someone back, move them to an open stage on the board; that reopens their procedure and stops their countdown.</numerusform>
            <numerusform>Reopening brings nobody back by itself: the %n applications that ended stay ended, their countdowns keep running and rejection letters already sent stay valid. To take someone back, move them to an open stage on the board; that reopens their procedure and stops their countdown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message numerus="yes">
        <source>%n candidates must be deleted within {days} days.</source>
        <translation>
            <numerusform>%n candidate must be deleted within {days} days.</numerusform>
            <numerusform>%n candidates must be deleted within {days} days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidates are overdue for deletion.</source>
        <translation>
            <numerusform>%n candidate is overdue for deletion.</numerusform>
            <numerusform>%n candidates are overdue for deletion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests must be answered within {days} days.</source>
        <translation>
            <numerusform>%n request must be answered within {days} days.</numerusform>
            <numerusform>%n requests must be answered within {days} days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests are overdue.</source>
        <translation>
            <numerusform>%n request is overdue.</numerusform>
            <numerusform>%n requests are overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry.</numerusform>
            <numerusform>The audit trail is intact: %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Backup restored. %n erased candidates were erased again. The previous state was kept in {file}.</source>
        <translation>
            <numerusform>Backup restored. %n erased candidate was erased again. The previous state was kept in {file}.</numerusform>
            <numerusform>Backup restored. %n erased candidates were erased again. The previous state was kept in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The vault was restored into {folder}. %n candidates erased after the backup was made were erased again.</source>
        <translation>
            <numerusform>The vault was restored into {folder}. %n candidate erased after the backup was made was erased again.</numerusform>
            <numerusform>The vault was restored into {folder}. %n candidates erased after the backup was made were erased again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidates erased.</source>
        <translation>
            <numerusform>%n candidate erased.</numerusform>
            <numerusform>%n candidates erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Candidate {id} must not be contacted again: %n identifiers put on the suppression list.</source>
        <translation>
            <numerusform>Candidate {id} must not be contacted again: %n identifier put on the suppression list.</numerusform>
            <numerusform>Candidate {id} must not be contacted again: %n identifiers put on the suppression list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applications, of which</source>
        <translation>
            <numerusform>%n application, of which</numerusform>
            <numerusform>%n applications, of which</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n still open</numerusform>
            <numerusform>%n still open</numerusform>
        </translation>
    </message>
</context>
</TS>
