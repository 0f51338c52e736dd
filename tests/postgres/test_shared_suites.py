"""The SQLite service and schema tests, run unchanged against PostgreSQL: inside this
folder the ``db`` and ``demo_db`` fixtures are PostgreSQL databases (see conftest.py).
Only tests that are not about SQLite files are listed."""

from tests.db.test_migrations import (  # noqa: F401
    test_models_match_the_migrated_schema,
    test_new_database_is_seeded_and_current,
)
from tests.importer.test_qr_import import (  # noqa: F401
    test_preview_and_import_through_the_ordinary_importer,
)
from tests.safety.test_person_data import (  # noqa: F401
    test_a_purged_leaver_page_says_so_and_holds_no_name,
    test_entries_of_people_whose_id_contains_the_same_digits_are_not_named,
    test_the_record_holds_fields_histories_and_the_audit_entries_naming_the_person,
)
from tests.safety.test_retention import (  # noqa: F401
    history_db,
    test_audit_and_import_undo_data_lose_the_purged_names,
    test_purge_keeps_every_past_report_and_blanks_the_leavers,
    test_start_up_run_happens_at_most_once_a_day,
    test_the_leave_date_is_the_latest_leave_event,
)
from tests.services.test_forms import (  # noqa: F401
    test_a_form_applied_meanwhile_elsewhere_is_not_applied_twice,
    test_department_fills_in_the_form_and_it_comes_back,
    test_many_forms_at_once_and_a_second_copy,
)
from tests.services.test_reconcile import (  # noqa: F401
    test_a_department_list_against_that_department,
    test_every_kind_of_difference,
)
from tests.services.test_roster import (  # noqa: F401
    test_add_and_list_with_status,
    test_bulk_status_change_and_undo,
    test_delete_removes_history,
    test_duplicate_cccd_refused,
    test_invalid_input_refused_and_nothing_saved,
    test_justified_taken_from_catalogue,
    test_reason_in_use_cannot_be_deleted_only_retired,
    test_update_with_stale_version_is_a_conflict,
)
from tests.services.test_summary import (  # noqa: F401
    test_as_of_before_a_change_gives_the_old_numbers,
    test_leavers_and_later_joiners_do_not_count,
    test_phu_luc_iv_people_are_exactly_those_not_at_level2,
    test_summary_matches_direct_count,
    test_trend_agrees_with_summary_every_day,
)
