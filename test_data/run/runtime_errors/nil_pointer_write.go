package main

func set(p *int) { *p = 1 }

func main() {
	var p *int
	set(p)
}
