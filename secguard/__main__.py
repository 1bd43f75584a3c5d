import sys

from secguard.cli import main

sys.exit(main())
