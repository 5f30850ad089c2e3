from quotetui.cli import main

main()
