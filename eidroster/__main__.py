from eidroster.cli import main

raise SystemExit(main())
