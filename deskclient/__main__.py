from deskclient.cli import main

raise SystemExit(main())
