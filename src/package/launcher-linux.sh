#!/bin/sh
# PlanDesk's launcher on Linux, put in place of jpackage's own (bin/PlanDesk) by the package build.
#
# jpackage's native launcher asks the package managers who owns it at every start (rpm -qf, dpkg -S, and dpkg -L
# once installed from the .deb), twice: each dpkg query reads the file lists of every package on the machine, which
# costs more than the program's own start. This script starts the same runtime with the same options: it reads them
# from the launcher's configuration that jpackage wrote (lib/app/PlanDesk.cfg), so the two never disagree.
bin=$(dirname "$(readlink -f "$0")")
home=${bin%/bin}
app=$home/lib/app
cfg=$app/PlanDesk.cfg
if [ ! -r "$cfg" ]; then
    echo "PlanDesk: $cfg is missing; reinstall PlanDesk" >&2
    exit 1
fi

# The officer's arguments stay first in "$@" while the JVM's options are added after them; they are moved to the
# end at the last step, so an argument with spaces (a file name) is passed on as one.
count=$#
classpath=
main=
while IFS= read -r line || [ -n "$line" ]; do
    key=${line%%=*}
    value=${line#*=}
    # $APPDIR in a value is the folder of the program's jars (jpackage's own convention)
    expanded=
    while :; do
        case $value in
            *'$APPDIR'*)
                expanded=$expanded${value%%\$APPDIR*}$app
                value=${value#*\$APPDIR}
                ;;
            *) break ;;
        esac
    done
    value=$expanded$value
    case $key in
        app.classpath) classpath=$classpath${classpath:+:}$value ;;
        app.mainclass) main=$value ;;
        java-options) set -- "$@" "$value" ;;
    esac
done < "$cfg"
set -- "$@" -cp "$classpath" "$main"
while [ "$count" -gt 0 ]; do
    set -- "$@" "$1"
    shift
    count=$((count - 1))
done
exec "$home/lib/runtime/bin/java" "$@"
