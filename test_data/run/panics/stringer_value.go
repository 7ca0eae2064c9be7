package main

type State int

func (s State) String() string { return [...]string{"idle", "busy"}[s] }

func main() {
	panic(State(1))
}
